using System.Globalization;
using RmtCases.Domain.Retention;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.Retention;

/// <summary>The destruction certificate as PDF. It holds counts and organisation names, no personal data.</summary>
public static class DestructionCertificatePdf
{
    private static readonly CultureInfo _dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static string Local(DateTimeOffset moment, string format) => DutchFormat.InAmsterdam(moment).ToString(format, _dutch);

    public static byte[] Render(Guid certificateId, DateTimeOffset issuedAt, DestructionCertificateContent content)
    {
        var status = Enum.TryParse<PurgeStatus>(content.Status, out var parsed) ? parsed : (PurgeStatus?)null;
        var blocks = new List<PdfBlock>
        {
            new PdfTitle("Vernietigingsverklaring"),
            new PdfParagraph("De persoonsgegevens van de hieronder getelde deelnemers aan het regionaal mobiliteitsteam zijn vernietigd. Voor de financiële afhandeling zijn alleen anonieme regels bewaard (regio, uitvoerder, dienst, kwartaal, aantal, bedrag)."),
        };
        if (status is not PurgeStatus.Completed)
        {
            var cause = content.InterruptionFoundAt is not null
                ? "Deze ronde is onderbroken: haar proces stopte zonder de ronde af te sluiten (bijvoorbeeld bij een herstart of storing van de server). Dat is later vastgesteld; deze verklaring is toen opgemaakt uit wat elke afgeronde batch in zijn eigen transactie had vastgelegd."
                : status == PurgeStatus.Failed
                    ? "Deze ronde is door een fout gestopt voordat zij klaar was."
                    : "Deze ronde is onderbroken voordat zij klaar was.";
            blocks.Add(new PdfParagraph($"{cause} Geteld zijn alleen de afgeronde batches; elke batch is geheel vernietigd of niet. Wie nog niet aan de beurt was, wordt gewist door een volgende ronde, met een eigen verklaring."));
        }

        var facts = new List<PdfKeyValue>
        {
            new("Verklaring", certificateId.ToString()),
            new("Vernietigingsronde", content.RunId.ToString()),
            new("Uitkomst", status is { } known ? PurgeStatusLabels.Label(known) : content.Status),
            new("Gestart", Local(content.StartedAt, "d MMMM yyyy HH:mm:ss")),
            content.InterruptionFoundAt is null
                ? new("Beëindigd", Local(content.FinishedAt, "d MMMM yyyy HH:mm:ss"))
                : new("Laatste afgeronde batch", content.Batches == 0 ? "geen" : Local(content.FinishedAt, "d MMMM yyyy HH:mm:ss")),
        };
        if (content.InterruptionFoundAt is { } foundAt)
        {
            facts.Add(new("Onderbreking vastgesteld", Local(foundAt, "d MMMM yyyy HH:mm:ss")));
        }

        facts.AddRange(
        [
            new("Afgeronde batches", content.Batches.ToString("N0", _dutch)),
            new("Gestart door", content.Automatic ? "Automatisch (wettelijke einddatum)" : content.StartedByUserId?.ToString() ?? "Opdrachtregel"),
            new("Einddatum regeling", content.Settings.EndDate.ToString("d MMMM yyyy", _dutch)),
            new("Termijn na beëindiging deelname", $"{content.Settings.WithdrawalGraceDays} dagen"),
            new("Peildatum", content.Settings.Today.ToString("d MMMM yyyy", _dutch)),
            new("Batchgrootte", content.Settings.BatchSize.ToString(_dutch)),
            new("Uitgegeven", Local(issuedAt, "d MMMM yyyy HH:mm")),
        ]);
        blocks.AddRange(
        [
            new PdfKeyValues(facts),
            new PdfHeading("Vernietigd per categorie"),
            new PdfTable(
                [new("Categorie", 3), new("Aantal", 1)],
                content.PerCategory.OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => (IReadOnlyList<string>)[$"{c.Key}: {CategoryName(c.Key)}", c.Value.ToString("N0", _dutch)]).ToList()),
            new PdfHeading("Ontvangers van eerdere exports"),
            new PdfParagraph("Deze organisaties ontvingen eerder exports over deelnemers van wie de gegevens in deze ronde zijn vernietigd. Vraag hen hun kopieën te verwijderen (AVG art. 19)."),
        ]);
        blocks.Add(content.Recipients.Count == 0
            ? new PdfParagraph("Geen.")
            : new PdfTable([new("Organisatie", 3), new("Exports", 1)],
                content.Recipients.Select(r => (IReadOnlyList<string>)[r.Name, r.Exports.ToString("N0", _dutch)]).ToList()));
        return PdfRenderer.Render(new PdfReport($"Vernietigingsverklaring {certificateId.ToString()[..8]}", blocks));
    }

    private static string CategoryName(string letter) => letter switch
    {
        "a" => "persoonsgegevens",
        "b" => "opleidingsgegevens",
        "c" => "arbeidsverleden",
        "d" => "huidige arbeidssituatie",
        "e" => "arbeidsmarktbemiddeling",
        "f" => "inzet aanvullende crisisdienstverlening",
        "g" => "banenafspraak-indicatie",
        _ => letter,
    };
}
