using RmtCases.Domain.Exchange;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.WageValue;

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
        "onderbouwing, de inbreng van de werkgever en de zienswijzen van de werknemer en de werkgever. " +
        "De werknemer ontvangt de volledige rapportage.";

    public const string FullLeavesOut =
        "Niets. Deze versie bevat elk onderdeel van de meting met de onderbouwing, de inbreng van de " +
        "werkgever en de zienswijzen van de werknemer en de werkgever.";

    /// <summary>
    /// The report, laid out along the model in the annex to the Regeling loonkostensubsidie Participatiewet 2021
    /// (art. 2): the person and workplace, the normfunctie and hours, the main tasks, the overview of the
    /// arbeidsprestatie, the explanation per main task; then what the Besluit adds (art. 3(3)(d): both views;
    /// art. 3(2): the college's vaststelling). The reduced version keeps the headings and leaves out what the AP
    /// asked to leave out.
    /// </summary>
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

        var workplace = new List<PdfKeyValue>
        {
            new("Naam", WageValueText.Prospective(a.WorkerName, a.WorkerIsProspective)),
            new("Geboortedatum", WageValueText.Date(a.WorkerDateOfBirth)),
            new("Datum rapportage", FinalisedOn(a)),
            new("Datum bedrijfsbezoek", a.ObservationDates.Count == 0 ? DutchFormat.Missing : string.Join(", ", a.ObservationDates.Select(WageValueText.Date))),
            new("Werkgever", WageValueText.Prospective(a.EmployerName, a.EmployerIsProspective)),
        };
        if (full)
        {
            workplace.Add(new("Geïnterviewde werkgever", DutchFormat.OrMissing(a.EmployerInputBy)));
        }

        workplace.AddRange(
        [
            new("Normfunctie", WageValueText.NormFunction(a)),
            new("Uitgevoerde functie", a.JobTitle),
            new("Aantal uren werknemer", $"{WageValueText.Hours(a.HoursPerWeek)} per week, {WageValueText.Hours(a.HoursPerWorkingDay)} per werkdag"),
            new("Aantal voltijdsuren", WageValueText.Hours(a.FullTimeHoursPerWeek) + " per week"),
            new("Loonwaardedeskundige", DutchFormat.OrMissing(a.AssessorName)),
            new("Kwalificatie loonwaardedeskundige", DutchFormat.OrMissing(a.AssessorQualificationSummary)),
        ]);

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
            new PdfHeading("Deze loonwaarde betreft"),
            new PdfKeyValues(workplace),
            new PdfSpacer(),
            new PdfHeading("Loonwaarde"),
            new PdfKeyValues(
            [
                new("Reguliere arbeidsprestatie", result.Percentage >= 100
                    ? "Ja, de werknemer levert een reguliere arbeidsprestatie. De loonwaarde is 100%."
                    : "Nee, er is vermindering van arbeidsprestatie."),
                new("Totale arbeidsprestatie", WageValueText.Percent(result.Exact) + " (de som van de arbeidsprestaties per hoofdtaak)"),
                new("Loonwaarde", WageValueText.WageValue(result)),
                new("Afronding", WholePercentNote),
            ]),
            new PdfHeading("Overzicht arbeidsprestatie"),
        };

        if (full)
        {
            blocks.Add(new PdfTable(
                [new("Hoofdtaak", 3), new("Tijd"), new("Tempo"), new("Kwaliteit"), new("Netto werktijd"), new("Resultaat", 1.4f)],
                [.. tasks.Select((t, i) => (IReadOnlyList<string>)
                [
                    t.Name, Pct(t.Share), Pct(t.Tempo), Pct(t.Quality), Pct(t.NetWorkingTime),
                    WageValueText.Percent(result.TaskPerformances[i]),
                ])]));
            blocks.Add(new PdfParagraph("Resultaat = tijd × tempo × kwaliteit × netto werktijd; de loonwaarde is de som van de resultaten, afgerond op hele procenten."));
            blocks.Add(new PdfHeading("Uitleg per hoofdtaak"));
            for (var i = 0; i < tasks.Count; i++)
            {
                var t = tasks[i];
                blocks.Add(new PdfHeading($"Hoofdtaak {i + 1}: {t.Name}"));
                blocks.Add(new PdfKeyValues(
                [
                    new($"Tempo (T) {Pct(t.Tempo)}", DutchFormat.OrMissing(t.TempoArgumentation)),
                    new($"Kwaliteit (K) {Pct(t.Quality)}", DutchFormat.OrMissing(t.QualityArgumentation)),
                    new($"Netto werktijd (N) {Pct(t.NetWorkingTime)}", DutchFormat.OrMissing(t.NetWorkingTimeArgumentation)),
                    new($"Tijd, aandeel in de werktijd (BT) {Pct(t.Share)}", DutchFormat.OrMissing(t.ShareArgumentation)),
                ]));
            }

            blocks.Add(new PdfHeading("Inbreng van de werkgever"));
            blocks.Add(new PdfKeyValues(
            [
                new("Door", DutchFormat.OrMissing(a.EmployerInputBy)),
                new("Op", WageValueText.Date(a.EmployerInputOn)),
                new("Samenvatting", DutchFormat.OrMissing(a.EmployerInputSummary)),
            ]));
            blocks.Add(new PdfHeading("Zienswijze van de werknemer"));
            blocks.Add(new PdfKeyValues(
            [
                new("In de gelegenheid gesteld op", WageValueText.Date(a.WorkerInvolvedOn)),
                new("Hoe", WageValueText.Channel(a.WorkerInvolvementChannel)),
                new("Uitkomst", WageValueText.View(a.WorkerViewOutcome)),
                new("Toelichting van de werknemer", DutchFormat.OrMissing(a.WorkerView)),
            ]));
            blocks.Add(new PdfHeading("Zienswijze van de werkgever"));
            blocks.Add(new PdfKeyValues(
            [
                new("In de gelegenheid gesteld op", WageValueText.Date(a.EmployerViewOn)),
                new("Hoe", WageValueText.Channel(a.EmployerViewChannel)),
                new("Uitkomst", WageValueText.View(a.EmployerViewOutcome)),
            ]));
            if (a.ReviewKind is not null)
            {
                blocks.Add(new PdfHeading("Bezwaar of tweede oordeel"));
                blocks.Add(new PdfKeyValues(
                [
                    new("Soort", WageValueText.Review(a.ReviewKind)),
                    new("Datum", WageValueText.Date(a.ReviewOn)),
                    new("Uitkomst", WageValueText.Review(a.ReviewResult)),
                    new("Toelichting", DutchFormat.OrMissing(a.ReviewOutcome)),
                ]));
            }
        }
        else
        {
            blocks.Add(new PdfTable(
                [new("Hoofdtaak", 3), new("Resultaat", 1.6f)],
                [.. tasks.Select((t, i) => (IReadOnlyList<string>)[t.Name, WageValueText.Percent(result.TaskPerformances[i])])]));
            blocks.Add(new PdfParagraph(
                $"De werknemer is op {WageValueText.Date(a.WorkerInvolvedOn)} en de werkgever op {WageValueText.Date(a.EmployerViewOn)} " +
                "in de gelegenheid gesteld een zienswijze te geven (art. 3, derde lid, onderdeel d, Besluit loonkostensubsidie Participatiewet 2021); " +
                "de zienswijzen staan in de volledige rapportage."));
        }

        blocks.Add(new PdfHeading("Vaststelling door het college"));
        blocks.Add(a.IsDecided
            ? new PdfKeyValues(
            [
                new("Datum besluit", WageValueText.Date(a.DecidedOn)),
                new("Kenmerk besluit", DutchFormat.OrMissing(a.DecisionReference)),
                new("Vastgestelde loonwaarde", a.DecidedPercentage is { } set ? WageValueText.WageValue(set) : DutchFormat.Missing),
                new("Ingangsdatum", WageValueText.Date(a.DecisionEffectiveFrom)),
                new("Volgende loonwaardemeting", WageValueText.Date(a.NextAssessmentOn)),
            ])
            : new PdfParagraph("Nog niet vastgesteld. Het college stelt de loonwaarde schriftelijk vast op basis van deze rapportage (art. 3, tweede lid, Besluit loonkostensubsidie Participatiewet 2021)."));

        return new PdfReport($"Loonwaarderapportage {reference} – versie {a.VersionNumber} – {(full ? "volledig" : "beperkt")}", blocks);
    }

    public const string WholePercentNote =
        "De loonwaarde is de som van de arbeidsprestaties per hoofdtaak, rekenkundig afgerond op hele procenten " +
        "(art. 3, eerste lid, Besluit loonkostensubsidie Participatiewet 2021). De cijfers per hoofdtaak zijn tussenuitkomsten.";

    private static string FinalisedOn(WageValueAssessment a) =>
        a.FinalisedAt is { } at ? WageValueText.Date(at) : DutchFormat.Missing;

    private static string Pct(decimal value) => WageValueText.Number(value) + "%";

}
