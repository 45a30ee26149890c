namespace RmtCases.Domain.Exchange;

/// <summary>The purposes' codes and Dutch labels, in one map.</summary>
public static class ExportPurposes
{
    private static readonly Dictionary<ExportPurpose, string> _labels = new()
    {
        [ExportPurpose.ServiceProviderReferral] = "Aanmelding bij een dienstverlener",
        [ExportPurpose.TransferWithinRmt] = "Overdracht binnen het RMT",
        [ExportPurpose.VacancyMediation] = "Bemiddeling naar een vacature",
        [ExportPurpose.TrainingEnrolment] = "Inschrijving voor scholing",
        [ExportPurpose.ServiceDeliveryCoordination] = "Afstemming over de inzet van dienstverlening",
        [ExportPurpose.SubjectAccessRequest] = "Inzageverzoek (AVG art. 15)",
        [ExportPurpose.LegacyUnknown] = "Onbekend (vrije tekst van vóór de keuzelijst, verwijderd)",
    };

    /// <summary>What a caseworker may choose when sharing; the access report and legacy rows are not chosen.</summary>
    public static IReadOnlyList<ExportPurpose> ForExchange { get; } =
    [
        ExportPurpose.ServiceProviderReferral,
        ExportPurpose.TransferWithinRmt,
        ExportPurpose.VacancyMediation,
        ExportPurpose.TrainingEnrolment,
        ExportPurpose.ServiceDeliveryCoordination,
    ];

    public static string Code(this ExportPurpose purpose) => purpose.ToString();

    public static string Label(this ExportPurpose purpose) => _labels.GetValueOrDefault(purpose, purpose.ToString());

    public static ExportPurpose? FromCode(string? code) =>
        Enum.TryParse<ExportPurpose>(code, ignoreCase: false, out var purpose) && Enum.IsDefined(purpose) && !int.TryParse(code, out _)
            ? purpose
            : null;

    /// <summary>
    /// The label of a stored purpose code; a stored text that is no code (the wage-value reports' fixed
    /// purposes) is shown as it is.
    /// </summary>
    public static string Display(string? stored) => FromCode(stored) is { } purpose ? purpose.Label() : stored ?? "";
}
