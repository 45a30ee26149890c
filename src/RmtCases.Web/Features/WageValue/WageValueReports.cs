using RmtCases.Domain.Exchange;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.WageValue;

/// <summary>To whom a wage-value report goes; that decides which version of the report it is.</summary>
public enum ReportRecipient
{
    Worker = 1,
    Employer = 2,
    Decision = 3,
}

/// <summary>
/// The two versions of the loonwaarderapportage. AP z2020-12081: each component (T, K, N, BT) and its
/// argumentation is personal data, and it must be explicit which version goes to whom. The worker always
/// gets the full report; the employer and the municipality's decision get the loonwaarde and each task's
/// arbeidsprestatie only, which is what a subsidy decision needs.
/// </summary>
public static class WageValueReports
{
    public static ExportKind Kind(ReportRecipient recipient) =>
        recipient == ReportRecipient.Worker ? ExportKind.WageValueFullReport : ExportKind.WageValueReducedReport;

    public static string Title(ReportRecipient recipient) => recipient switch
    {
        ReportRecipient.Worker => "Volledige rapportage voor de werknemer",
        ReportRecipient.Employer => "Beperkte rapportage voor de werkgever",
        _ => "Beperkte rapportage voor het besluit van de gemeente",
    };

    public static string Purpose(ReportRecipient recipient) => recipient switch
    {
        ReportRecipient.Worker => "Loonwaarderapportage voor de werknemer",
        ReportRecipient.Employer => "Loonwaarderapportage voor de werkgever",
        _ => "Loonwaarderapportage voor het besluit van de gemeente",
    };

    /// <summary>A file name without personal data: the reference and the version say enough.</summary>
    public static string FileName(string reference, int versionNumber, ReportRecipient recipient) => recipient switch
    {
        ReportRecipient.Worker => $"loonwaarde-{reference}-v{versionNumber}-volledig.pdf",
        ReportRecipient.Employer => $"loonwaarde-{reference}-v{versionNumber}-beperkt-werkgever.pdf",
        _ => $"loonwaarde-{reference}-v{versionNumber}-beperkt-gemeente.pdf",
    };

    public const string ReducedLeavesOut =
        "Deze versie bevat de loonwaarde en de arbeidsprestatie per hoofdtaak. Weggelaten zijn: de gemeten " +
        "onderdelen tempo (T), kwaliteit (K), netto werktijd (N) en aandeel in de werktijd (BT) met hun " +
        "onderbouwing, de inbreng van de werkgever en de inhoud van de betrokkenheid van de werknemer. " +
        "De werknemer ontvangt de volledige rapportage.";

    public const string FullLeavesOut =
        "Niets. Deze versie bevat elk onderdeel van de meting met de onderbouwing, de inbreng van de " +
        "werkgever en de betrokkenheid van de werknemer.";

    public static PdfReport Build(WageValueAssessment a, ReportRecipient recipient, string reference, string municipalityName)
    {
        var tasks = a.Tasks.OrderBy(t => t.Position).ToList();
        var result = WageValueCalculator.Calculate(WageValueForm.Measurements(tasks));
        var full = recipient == ReportRecipient.Worker;
        var forWhom = recipient switch
        {
            ReportRecipient.Worker => $"De werknemer: {a.WorkerName}",
            ReportRecipient.Employer => $"De werkgever: {a.EmployerName}",
            _ => $"{municipalityName}, voor het besluit over loonkostensubsidie",
        };

        var blocks = new List<PdfBlock>
        {
            new PdfTitle("Loonwaarderapportage"),
            new PdfHeading(Title(recipient)),
            new PdfKeyValues(
            [
                new("Versie van de rapportage", full ? "Volledig" : "Beperkt"),
                new("Bestemd voor", forWhom),
                new("Weggelaten", full ? FullLeavesOut : ReducedLeavesOut),
                new("Versie van de meting", $"Versie {a.VersionNumber}, definitief op {FinalisedOn(a)}"
                    + (a.Status == AssessmentStatus.Superseded ? "; inmiddels vervangen door een correctie" : "")),
                new("Kenmerk", reference),
            ]),
            new PdfSpacer(),
            new PdfHeading("Werknemer, werkgever en functie"),
            new PdfKeyValues(
            [
                new("Werknemer", WageValueText.Prospective(a.WorkerName, a.WorkerIsProspective)),
                new("Geboortedatum", WageValueText.Date(a.WorkerDateOfBirth)),
                new("Werkgever", WageValueText.Prospective(a.EmployerName, a.EmployerIsProspective)),
                new("Functie", a.JobTitle),
                new("Observatiedatum", a.ObservationDates.Count == 0 ? "—" : string.Join(", ", a.ObservationDates.Select(WageValueText.Date))),
            ]),
            new PdfSpacer(),
            new PdfHeading("Uitkomst"),
            new PdfKeyValues([new("Loonwaarde", WageValueText.Percent(result.Exact))]),
        };

        if (full)
        {
            blocks.Add(new PdfTable(
                [new("Hoofdtaak", 3), new("T"), new("K"), new("N"), new("BT"), new("Arbeidsprestatie", 1.6f)],
                [.. tasks.Select((t, i) => (IReadOnlyList<string>)
                [
                    t.Name, Pct(t.Tempo), Pct(t.Quality), Pct(t.NetWorkingTime), Pct(t.Share),
                    WageValueText.Percent(result.TaskPerformances[i]),
                ])]));
            blocks.Add(new PdfParagraph("Arbeidsprestatie = T × K × N × BT; loonwaarde = de som van de arbeidsprestaties."));
            for (var i = 0; i < tasks.Count; i++)
            {
                var t = tasks[i];
                blocks.Add(new PdfHeading($"Taak {i + 1}: {t.Name}"));
                blocks.Add(new PdfKeyValues(
                [
                    new($"Tempo (T) {Pct(t.Tempo)}", Or(t.TempoArgumentation)),
                    new($"Kwaliteit (K) {Pct(t.Quality)}", Or(t.QualityArgumentation)),
                    new($"Netto werktijd (N) {Pct(t.NetWorkingTime)}", Or(t.NetWorkingTimeArgumentation)),
                    new($"Aandeel in de werktijd (BT) {Pct(t.Share)}", Or(t.ShareArgumentation)),
                ]));
            }

            blocks.Add(new PdfHeading("Inbreng van de werkgever"));
            blocks.Add(new PdfKeyValues(
            [
                new("Door", Or(a.EmployerInputBy)),
                new("Op", WageValueText.Date(a.EmployerInputOn)),
                new("Samenvatting", Or(a.EmployerInputSummary)),
            ]));
            blocks.Add(new PdfHeading("Betrokkenheid van de werknemer"));
            blocks.Add(new PdfKeyValues(
            [
                new("Op", WageValueText.Date(a.WorkerInvolvedOn)),
                new("Hoe", WageValueText.Channel(a.WorkerInvolvementChannel)),
                new("Zienswijze van de werknemer", Or(a.WorkerView)),
                new("Werknemer is het eens met de meting", WageValueText.YesNo(a.WorkerAgrees)),
            ]));
            if (a.ReviewKind is not null)
            {
                blocks.Add(new PdfHeading("Bezwaar of tweede oordeel"));
                blocks.Add(new PdfKeyValues(
                [
                    new("Soort", WageValueText.Review(a.ReviewKind)),
                    new("Datum", WageValueText.Date(a.ReviewOn)),
                    new("Uitkomst", Or(a.ReviewOutcome)),
                ]));
            }
        }
        else
        {
            blocks.Add(new PdfTable(
                [new("Hoofdtaak", 3), new("Arbeidsprestatie", 1.6f)],
                [.. tasks.Select((t, i) => (IReadOnlyList<string>)[t.Name, WageValueText.Percent(result.TaskPerformances[i])])]));
            blocks.Add(new PdfParagraph(
                $"De werknemer is op {WageValueText.Date(a.WorkerInvolvedOn)} bij de meting betrokken en de werkgever heeft op " +
                $"{WageValueText.Date(a.EmployerInputOn)} zijn inbreng gegeven."));
        }

        return new PdfReport($"Loonwaarderapportage {reference} – versie {a.VersionNumber} – {(full ? "volledig" : "beperkt")}", blocks);
    }

    private static string FinalisedOn(WageValueAssessment a) =>
        a.FinalisedAt is { } at ? WageValueText.Date(at) : "—";

    private static string Pct(decimal value) => WageValueText.Number(value) + "%";

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}
