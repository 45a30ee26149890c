using FluentAssertions;
using RmtCases.Web.Features.Pdf;
using UglyToad.PdfPig.Content;

namespace RmtCases.Web.Tests.Features.Pdf;

public class PdfRendererTests
{
    private const double Left = 50;
    private const double Right = 595 - 50;
    private const double Tolerance = 0.5;

    [Fact]
    public void Pages_are_a4_portrait()
    {
        using var document = PdfText.Open(PdfRenderer.Render(TestReports.LongCase()));

        document.GetPages().Should().AllSatisfy(page =>
        {
            page.Width.Should().BeApproximately(595, 1);
            page.Height.Should().BeApproximately(842, 1);
        });
    }

    [Fact]
    public void Empty_report_is_one_page_with_its_footer()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(new PdfReport("Exportkenmerk LEEG-1", [])));

        pages.Should().ContainSingle().Which.Should().Contain("Exportkenmerk LEEG-1").And.Contain("pagina 1 van 1");
    }

    [Fact]
    public void Long_text_wraps_inside_the_margins()
    {
        var longWord = new string('W', 120);
        var sentence = string.Concat(Enumerable.Repeat("Een lange zin over werk, opleiding en begeleiding. ", 30));
        var report = new PdfReport("Exportkenmerk M-1",
        [
            new PdfTitle("Titel " + sentence[..200]),
            new PdfParagraph(sentence + longWord),
            new PdfKeyValues([new("Een label dat langer is dan de labelkolom breed is", sentence)]),
            new PdfTable([new("Smal", 0.5f), new("Breed", 4)], [[longWord, sentence]]),
        ]);

        using var document = PdfText.Open(PdfRenderer.Render(report));

        var letters = document.GetPages().SelectMany(page => page.Letters).Where(letter => letter.Value != " ").ToList();
        letters.Should().NotBeEmpty();
        letters.Should().AllSatisfy(letter =>
        {
            letter.BoundingBox.Left.Should().BeGreaterThanOrEqualTo(Left - Tolerance);
            letter.BoundingBox.Right.Should().BeLessThanOrEqualTo(Right + Tolerance);
        });
        string.Concat(letters.Select(letter => letter.Value)).Should().Contain(longWord, "a cut word keeps all its characters");
    }

    public static TheoryData<string> FlowingReports => ["table", "paragraphs"];

    [Theory]
    [MemberData(nameof(FlowingReports))]
    public void Text_stays_above_the_footer(string kind)
    {
        var report = kind == "table"
            ? TestReports.LongCase(200)
            : new PdfReport("X", Enumerable.Range(1, 300).Select(i => (PdfBlock)new PdfParagraph($"Alinea {i}")).ToList());
        using var document = PdfText.Open(PdfRenderer.Render(report));

        foreach (var page in document.GetPages())
        {
            var body = page.Letters.Where(letter => !IsFooter(letter)).ToList();
            body.Should().NotBeEmpty();
            body.Should().AllSatisfy(letter =>
            {
                letter.BoundingBox.Bottom.Should().BeGreaterThan(842 - 772, "the body ends above the footer area");
                letter.BoundingBox.Top.Should().BeLessThan(842 - 48);
            });
        }
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_over_pages_with_the_header_repeated()
    {
        var lines = string.Join('\n', Enumerable.Range(1, 150).Select(i => $"regel {i:000}"));
        var report = new PdfReport("Exportkenmerk R-1",
            [new PdfTable([new("Kop A"), new("Kop B")], [["korte cel", lines], ["volgende rij", "x"]])]);

        var pages = PdfText.Pages(PdfRenderer.Render(report));

        pages.Should().HaveCountGreaterThanOrEqualTo(3);
        pages.Should().AllSatisfy(text => text.Should().StartWith("Kop A Kop B"));
        var all = string.Join(' ', pages);
        Enumerable.Range(1, 150).Should().AllSatisfy(i => all.Should().Contain($"regel {i:000}"));
        all.Should().Contain("volgende rij");
    }

    [Fact]
    public void Heading_is_not_left_alone_at_the_bottom_of_a_page()
    {
        var filler = Enumerable.Range(1, 52).Select(i => (PdfBlock)new PdfParagraph($"Vulregel {i}")).ToList();
        var report = new PdfReport("X", [.. filler, new PdfHeading("Opleidingen"), new PdfParagraph("Eerste regel na de kop.")]);

        var pages = PdfText.Pages(PdfRenderer.Render(report));

        pages.Single(text => text.Contains("Opleidingen")).Should().Contain("Eerste regel na de kop.");
    }

    [Fact]
    public void Table_row_with_the_wrong_number_of_cells_is_refused()
    {
        var report = new PdfReport("X", [new PdfTable([new("A"), new("B")], [["alleen A"]])]);

        var render = () => PdfRenderer.Render(report);

        render.Should().Throw<ArgumentException>().WithMessage("*1 cells for 2 columns*");
    }

    [Fact]
    public void Document_embeds_one_regular_and_one_bold_font()
    {
        using var document = PdfText.Open(PdfRenderer.Render(TestReports.LongCase()));

        var fonts = document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName).Distinct().ToList();

        fonts.Should().HaveCount(2);
        fonts.Should().ContainSingle(name => name.EndsWith("-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Fonts_are_subset_so_a_long_case_stays_small()
    {
        var pdf = PdfRenderer.Render(TestReports.LongCase());

        pdf.Length.Should().BeLessThan(60 * 1024);
    }

    // The footer's baseline is 42 pt above the bottom edge; no other text may come near it.
    private static bool IsFooter(Letter letter) => Math.Abs(letter.StartBaseLine.Y - 42) < 0.5;
}
