using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Figures;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Figures;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Figures;

/// <summary>
/// Management information (stuurinformatie): a region's figures for its caseworkers, every region's and the national
/// total for administrators. Aggregates only, counted in PostgreSQL, small cells suppressed. Who may enter is the
/// folder's gate (AccessPolicy.CanSeeFigures).
/// </summary>
public sealed class IndexModel(RmtDbContext db, Admission admission, AccessPolicy policy, TimeProvider time, IOptions<FiguresOptions> options) : PageModel
{
    public const string National = "landelijk";

    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? PeriodCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "regio")]
    public string? RegionCode { get; set; }

    public FigurePeriod Period { get; private set; } = FigurePeriod.OfYear(FigurePeriod.FirstYear);
    public IReadOnlyList<FigurePeriod> Periods { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Regions { get; private set; } = [];
    public bool ChoosesRegion { get; private set; }
    public int? RegionId { get; private set; }
    public string Place { get; private set; } = "";
    public IReadOnlyList<Figure> Figures { get; private set; } = [];
    public int Threshold => options.Value.SmallCellThreshold;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await LoadAsync(cancellationToken);

    /// <summary>One figure's table as CSV: "?handler=Csv&amp;figuur=instroom-uitstroom&amp;periode=2026".</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? figuur, CancellationToken cancellationToken) =>
        await DownloadAsync(figuur, "csv", table => Task.FromResult(FigureDownloads.Csv(table)), FigureDownloads.CsvType, cancellationToken);

    public async Task<IActionResult> OnGetXlsxAsync(string? figuur, CancellationToken cancellationToken) =>
        await DownloadAsync(figuur, "xlsx", table => FigureDownloads.XlsxAsync(table, SuppressionNote, cancellationToken), FigureDownloads.XlsxType, cancellationToken);

    public string SuppressionNote =>
        $"Aantallen van 1 tot {Threshold} staan er als \u201c< {Threshold}\u201d; een \u201cx\u201d is weggelaten zodat zo'n klein aantal niet uit de totalen en de andere cellen is af te leiden. Bedragen volgen hun aantal."
        + (ChoosesRegion && RegionId is null ? " Landelijk is een cijfer ook weggelaten als het, min de cijfers van de regio's, een weggelaten cijfer van een regio zou geven; zo'n \u201cx\u201d kan ook een klein aantal zijn." : "");

    /// <summary>The query string of a download of this page's period and region.</summary>
    public Dictionary<string, string> DownloadRoute(string handler, string figure)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["handler"] = handler, ["figuur"] = figure, ["periode"] = Period.Code };
        if (ChoosesRegion)
        {
            values["regio"] = RegionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? National;
        }

        return values;
    }

    private async Task<IActionResult> DownloadAsync(
        string? figure, string extension, Func<FigureTable, Task<byte[]>> write, string contentType, CancellationToken cancellationToken)
    {
        var table = (await LoadAsync(cancellationToken)).Select(f => f.Table).FirstOrDefault(t => t.Id == figure);
        if (table is null || !ModelState.IsValid)
        {
            return NotFound();
        }

        var place = RegionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? National;
        return File(await write(table), contentType, $"stuurinformatie-{table.Id}-{place}-{Period.Code}.{extension}");
    }

    private async Task<IReadOnlyList<Figure>> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        var thisYear = time.TodayInNetherlands().Year;
        Periods = [.. FigurePeriod.All(thisYear)];
        if (string.IsNullOrEmpty(PeriodCode))
        {
            Period = FigurePeriod.OfYear(thisYear);
        }
        else if (FigurePeriod.Parse(PeriodCode, thisYear) is { } period)
        {
            Period = period;
        }
        else
        {
            Period = FigurePeriod.OfYear(thisYear);
            ModelState.AddModelError("periode", "Kies een periode uit de lijst.");
        }

        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        ChoosesRegion = policy.SeesFiguresOfAllRegions(actor);
        if (ChoosesRegion)
        {
            Regions = [.. regions.Select(r => (r.Id, r.Name))];
            if (string.IsNullOrEmpty(RegionCode) || RegionCode == National)
            {
                RegionId = null;
            }
            else if (int.TryParse(RegionCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && regions.Any(r => r.Id == id))
            {
                RegionId = id;
            }
            else
            {
                ModelState.AddModelError("regio", "Kies een regio uit de lijst, of landelijk.");
            }
        }
        else
        {
            RegionId = actor.RegionId;
        }

        Place = RegionId is { } region ? $"regio {regions.First(r => r.Id == region).Name}" : "landelijk";
        var includes = policy.FiguresIncludeBanenafspraakDerived(actor);
        var data = await FigureQueries.LoadAsync(db, new FigureScope(RegionId, Period.Year, includes, ChoosesRegion), cancellationToken);
        return new FigureBuilder(data, Period, Place, Threshold, includes).All();
    }
}
