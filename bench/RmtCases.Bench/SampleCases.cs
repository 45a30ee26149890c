using RmtCases.Web.Features.Pdf;

namespace RmtCases.Bench;

/// <summary>Made-up case files of the sizes an export sees.</summary>
internal static class SampleCases
{
    public static PdfReport Large()
    {
        var blocks = new List<PdfBlock>
        {
            new PdfTitle("Dossieroverzicht deelnemer"),
            new PdfKeyValues(
            [
                new("Naam", "Noël van den Bërg-Özdemir"),
                new("Geboortedatum", "14-03-1987"),
                new("Adres", "Kerkstraat 12b, 3511 AB Utrecht"),
                new("Telefoon", "06-12345678"),
                new("E-mailadres", "noel.vandenberg@example.nl"),
                new("Regio", "Midden-Utrecht"),
                new("Casemanager", "J. de Vries (gemeente Utrecht)"),
                new("Doelgroep banenafspraak", "Ja, vastgesteld door UWV op 02-02-2021"),
                new("Uitkering", "Participatiewet, sinds 01-06-2022"),
                new("Aanmeldingsreden", "Na ontslag bij een productiebedrijf (reorganisatie) op zoek naar werk in de logistiek of "
                    + "groenvoorziening, bij voorkeur in de regio en met begeleiding op de werkplek. Reisafstand maximaal 25 km."),
                new("Exportdatum", "3 november 2026, 14:05"),
            ]),
            new PdfHeading("Werkervaring"),
            Table(
                [new("Werkgever", 2), new("Functie", 2), new("Van", 1.2f), new("Tot", 1.2f), new("Toelichting", 3)],
                Enumerable.Range(1, 10).Select(i => (IReadOnlyList<string>)
                [
                    $"Bedrijf {i} B.V.", i % 2 == 0 ? "Orderpicker" : "Medewerker groenvoorziening",
                    $"01-0{i % 9 + 1}-20{10 + i}", $"31-1{i % 3}-20{11 + i}",
                    i % 3 == 0 ? "Tijdelijk contract via uitzendbureau; einde wegens reorganisatie, goede referentie beschikbaar." : "Fulltime, 38 uur per week.",
                ])),
            new PdfHeading("Opleidingen"),
            Table(
                [new("Opleiding", 3), new("Instelling", 2.5f), new("Niveau", 1), new("Diploma", 1)],
                Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)
                [
                    i switch { 1 => "Vmbo basisberoepsgerichte leerweg", 2 => "Logistiek medewerker", 3 => "Heftruckcertificaat", 4 => "VCA Basis", _ => "Cursus Nederlands op de werkvloer" },
                    i % 2 == 0 ? "ROC Midden Nederland" : "Opleidingscentrum Zuidoost", $"{i % 4 + 1}", i % 2 == 0 ? "Ja" : "Nee",
                ])),
            new PdfHeading("Arbeidsmarktbemiddeling"),
            Table(
                [new("Datum", 1.2f), new("Werkgever", 2), new("Vacature", 2), new("Status", 1.3f), new("Notitie", 3.5f)],
                Enumerable.Range(1, 10).Select(i => (IReadOnlyList<string>)
                [
                    $"{i + 10}-0{i % 9 + 1}-2025", $"Werkgever {i} – Logistiek", "Magazijnmedewerker 32 uur",
                    i % 3 == 0 ? "Geplaatst" : "Voorgesteld",
                    "Gesprek gepland met de werkgever; deelnemer is gemotiveerd. Reiskosten €\u00A00,23 per km worden vergoed. "
                    + (i % 2 == 0 ? "Proefplaatsing van twee maanden besproken met de jobcoach." : string.Empty),
                ])),
            new PdfHeading("Aanvullende crisisdienstverlening"),
            Table(
                [new("Dienst", 2.5f), new("Aanbieder", 2), new("Start", 1), new("Einde", 1), new("Resultaat", 2)],
                Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)
                [
                    i % 2 == 0 ? "Loopbaanadvies" : "Scholing (omscholing naar logistiek)", $"Re-integratiebureau {i}",
                    $"0{i}-02-2026", $"0{i}-05-2026", i == 5 ? "Lopend" : "Afgerond met certificaat",
                ])),
            new PdfParagraph("Dit overzicht is vertrouwelijk en uitsluitend bestemd voor de ontvanger. "
                + "Vernietig het bestand na gebruik; bewaar het niet langer dan nodig."),
        };
        return new PdfReport("Exportkenmerk EXP-2026-000123", blocks);
    }

    public static PdfReport Minimal() => new(
        "Exportkenmerk EXP-2026-000124",
        [
            new PdfTitle("Dossieroverzicht deelnemer"),
            new PdfKeyValues([new("Naam", "J. Jansen"), new("Regio", "Midden-Utrecht")]),
        ]);

    /// <summary>The large case with names in Arabic, Hebrew, Chinese, Vietnamese and an emoji: every fallback font at once.</summary>
    public static PdfReport Scripts()
    {
        var large = Large();
        var names = new PdfKeyValues(
        [
            new("Naam", "فاطمة الزهراء"),
            new("Naam (Hebreeuws)", "דוד לוי"),
            new("Naam (Chinees)", "王小明"),
            new("Naam (Vietnamees)", "Nguyễn Thị Minh Khai"),
            new("Roepnaam", "Jan 😀"),
        ]);
        return large with { Blocks = [large.Blocks[0], names, .. large.Blocks.Skip(1)] };
    }

    private static PdfTable Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        new(columns, rows.ToList());
}
