using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Tests.Features.Pdf;

internal static class TestReports
{
    public const string Canary = "Zoë Çelik-Ünal";
    public const string DiacriticsLine = "Geëxporteerd: Ötzi, Müller, € 12,50 – gereed";
    public const string RepeatedHeader = "Begindatum";

    /// <summary>A case file whose work-history table runs over several pages.</summary>
    public static PdfReport LongCase(int rows = 90) => new(
        "Exportkenmerk ABC-123",
        [
            new PdfTitle("Dossieroverzicht deelnemer"),
            new PdfKeyValues(
            [
                new("Naam", Canary),
                new("Regio", "Midden-Utrecht"),
                new("Toelichting", DiacriticsLine),
            ]),
            new PdfHeading("Werkervaring"),
            new PdfTable(
                [new("Werkgever", 2), new("Functie", 2), new(RepeatedHeader, 1.2f), new("Toelichting", 3)],
                Enumerable.Range(1, rows)
                    .Select(i => (IReadOnlyList<string>)
                        [$"Rij {i:000}", "Orderpicker", "01-02-2020", i % 4 == 0 ? "Tijdelijk contract; einde wegens reorganisatie bij de werkgever." : "Fulltime"])
                    .ToList()),
            new PdfSpacer(),
            new PdfParagraph("Einde van het overzicht."),
        ]);
}
