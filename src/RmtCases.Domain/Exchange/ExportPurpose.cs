namespace RmtCases.Domain.Exchange;

/// <summary>
/// Why data leaves the system: a closed list, so that no free text (a name, a diagnosis) reaches the export
/// register or the audit trail (purpose limitation, GDPR art. 5(1)(b)). Stored as its name, the code.
/// </summary>
public enum ExportPurpose
{
    ServiceProviderReferral = 1,
    TransferWithinRmt = 2,
    VacancyMediation = 3,
    TrainingEnrolment = 4,
    ServiceDeliveryCoordination = 5,
    SubjectAccessRequest = 6,

    /// <summary>An export made before the list existed: its free text was erased, it may have held personal data.</summary>
    LegacyUnknown = 99,
}
