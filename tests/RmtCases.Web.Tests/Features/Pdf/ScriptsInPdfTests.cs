using System.Diagnostics;
using System.Text;
using FluentAssertions;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Pdf;

/// <summary>
/// Names in any script come out of an export as the page shows them: read back with pdftotext (poppler), as a
/// recipient's tools would, from the encrypted file the export pipeline makes.
/// </summary>
public class ScriptsInPdfTests
{
    public static TheoryData<string, string, string> Names => new()
    {
        // given names, surname (as typed, possibly decomposed), the full name as it must read (NFC)
        { "فاطمة", "الزهراء", "فاطمة الزهراء" },
        { "דוד", "לוי", "דוד לוי" },
        { "小明", "王", "小明 王" },
        { "Şükrü İsmail", "Işıkoğlu", "Şükrü İsmail Işıkoğlu" },
        { "Nguye\u0302\u0303n Thi\u0323", "Minh Khai", "Nguy\u1EC5n Th\u1ECB Minh Khai" },
        { "Ade\u0301le", "Jansen", "Ad\u00E9le Jansen" },
        { "Joa\u0303o", "Sa\u0303o Jose\u0301", "Jo\u00E3o S\u00E3o Jos\u00E9" },
        { "Ma\u0304ori", "Q\u0303uispe", "M\u0101ori Q\u0303uispe" },
        { "Jan 😀", "de Vries", "Jan 😀 de Vries" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_in_any_script_reads_back_as_shown(string givenNames, string surname, string expected)
    {
        var person = Sample.Person(surname);
        person.GivenNames = givenNames;
        person.Infix = null;

        var text = Exported(new ExchangeContent(Person: person), out _);

        text.Should().Contain($"\nNaam\n\n{expected}\n", "pdftotext reads the name as the page shows it");
    }

    [Fact]
    public void A_mixed_export_embeds_each_font_once_and_stays_small()
    {
        var person = Sample.Person("王 فاطمة דוד Işıkoğlu Nguyễn 😀");
        var content = new ExchangeContent(Person: person, Education: [], CurrentSituationIncluded: true);

        var text = Exported(content, out var size, out var fonts);

        // pdftotext puts a line that mixes directions in its own order; each script's words come out whole.
        text.Should().Contain("Ayşe 王").And.Contain("فاطمة").And.Contain("דוד").And.Contain("Işıkoğlu Nguyễn 😀");
        fonts.Should().BeEquivalentTo(
            ["LiberationSans", "LiberationSans-Bold", "NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSans-Regular", "WenQuanYiMicroHei", "DejaVuSans"],
            "one font object per font file for the whole document, and only the fonts the page uses");
        size.Should().BeLessThan(150 * 1024);
    }

    private static string Exported(ExchangeContent content, out int size) => Exported(content, out size, out _);

    private static string Exported(ExchangeContent content, out int size, out IReadOnlyList<string> fonts)
    {
        var cover = new ExchangeCover("RMT-2026-ABCDEFGH", "Gemeente Amsterdam", "Test Caseworker", "UWV Groot Amsterdam", "Doel",
            new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero), [Category.Person], []);
        var password = ExportPassword.Generate();
        var pdf = QpdfEncryptor.Encrypt(PdfRenderer.Render(ExchangeReport.Build(cover, content)), password);
        size = pdf.Length;
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            fonts = Run("pdffonts", $"-upw {password} {path}").Split('\n').Skip(2).Where(line => line.Length > 0)
                .Select(line => line.Split(' ')[0].Split('+')[^1]).ToList();
            // Poppler marks right-to-left text with embedding characters (U+202A–U+202E) of its own.
            var text = Run("pdftotext", $"-upw {password} -enc UTF-8 {path} -");
            return new string(text.Where(c => c is < '\u202A' or > '\u202E').ToArray()).Normalize(NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{tool} should read the export");
        return output;
    }
}
