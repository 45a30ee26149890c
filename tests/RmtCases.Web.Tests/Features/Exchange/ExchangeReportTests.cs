using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Tests.Features.Pdf;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Exchange;

public class ExchangeReportTests
{
    private static readonly DateTimeOffset Winter = new(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1234.56", "€ 1.234,56")]
    [InlineData("0.5", "€ 0,50")]
    [InlineData("1234567.8", "€ 1.234.567,80")]
    [InlineData("25", "€ 25,00")]
    public void Amounts_are_written_the_Dutch_way(string amount, string expected) =>
        DutchFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Times_are_Dutch_local_time_in_winter_and_summer()
    {
        DutchFormat.DateTime(Winter).Should().Be("23 november 2026, 10:15");
        DutchFormat.DateTime(new DateTimeOffset(2021, 7, 1, 9, 15, 0, TimeSpan.Zero)).Should().Be("1 juli 2021, 11:15");
    }

    [Fact]
    public void The_Dutch_day_starts_at_midnight_in_Amsterdam_not_in_UTC()
    {
        // The retention end date is a Dutch calendar day: an hour before UTC midnight it is already that day here.
        DutchFormat.DayInAmsterdam(new DateTimeOffset(2022, 12, 31, 23, 30, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2023, 1, 1));
        DutchFormat.DayInAmsterdam(new DateTimeOffset(2022, 12, 31, 22, 59, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2022, 12, 31));
        DutchFormat.StartOfDay(new DateOnly(2023, 1, 1)).Should().Be(new DateTimeOffset(2022, 12, 31, 23, 0, 0, TimeSpan.Zero));
        DutchFormat.StartOfDay(new DateOnly(2023, 7, 1)).Should().Be(new DateTimeOffset(2023, 6, 30, 22, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_case_file_shows_the_Dutch_day_of_a_moment()
    {
        // Registered at 00:30 on 1 July in Amsterdam: 22:30 UTC on 30 June.
        Show.Date(new DateTimeOffset(2023, 6, 30, 22, 30, 0, TimeSpan.Zero)).Should().Be("01-07-2023");
        Show.Date(new DateTimeOffset(2023, 6, 30, 21, 59, 0, TimeSpan.Zero)).Should().Be("30-06-2023");
    }

    [Fact]
    public void References_are_unguessable_and_name_nobody()
    {
        var references = Enumerable.Range(0, 200).Select(_ => ExportReference.New(ExportKind.Exchange, Winter)).ToList();

        references.Should().OnlyHaveUniqueItems().And.AllSatisfy(r => r.Should().MatchRegex("^RMT-2026-[A-HJKMNP-Z2-9]{8}$"));
        ExportReference.New(ExportKind.WageValueReducedReport, Winter).Should().MatchRegex("^LW-[A-HJKMNP-Z2-9]{8}$");
        ExportReference.FileName("RMT-2026-ABCDEFGH").Should().Be("rmt-export-RMT-2026-ABCDEFGH.pdf");
    }

    [Fact]
    public void Without_category_g_the_document_does_not_mention_banenafspraak()
    {
        var text = Render(new ExchangeContent(Person: Sample.Person()), [Category.Person], [Category.Education]);

        text.Should().Contain("Öztürk").And.Contain("Niet opgenomen Opleidingsgegevens");
        text.Should().NotContainEquivalentOf("banenafspraak");
    }

    [Fact]
    public void Category_g_without_a_registration_reads_no()
    {
        var text = Render(new ExchangeContent(BanenafspraakIncluded: true), [Category.Banenafspraak], []);

        text.Should().Contain("Behoort tot de doelgroep banenafspraak: nee").And.Contain("Niet opgenomen –");
    }

    [Fact]
    public void Empty_categories_say_so_instead_of_an_empty_table()
    {
        var text = Render(new ExchangeContent(Education: [], CurrentSituationIncluded: true), [Category.Education, Category.CurrentSituation], []);

        text.Should().Contain("Opleidingsgegevens Niets vastgelegd.").And.Contain("Huidige arbeidssituatie Niet vastgelegd.");
    }

    private static string Render(ExchangeContent content, IReadOnlyList<Category> included, IReadOnlyList<Category> leftOut)
    {
        var cover = new ExchangeCover("RMT-2026-ABCDEFGH", "Gemeente Amsterdam", "Test Caseworker", "UWV Groot Amsterdam", "Doel", Winter, included, leftOut);
        return string.Join(' ', PdfText.Pages(PdfRenderer.Render(ExchangeReport.Build(cover, content))));
    }
}
