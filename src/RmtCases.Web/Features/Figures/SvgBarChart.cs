using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// A grouped bar chart as inline SVG, written here because ScottPlot 5 draws SVG through SkiaSharp's SVG canvas:
/// no title or description element, no roles, and its XML read back as ASCII. This writes role="img" with a
/// title and description, presentation attributes only (the CSP allows no inline style), fills that differ in
/// lightness and pattern so the series read in greyscale, and every bar outlined. Suppressed cells get no bar,
/// only their "&lt; 5" or "x" at the axis.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 760;
    private const int Height = 340;
    private const int Left = 96;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 56;

    // Dark solid, hatched, light solid, dotted, white: distinct without colour.
    private static readonly string[] _fills = ["#1b1b1b", "url(#{0}-hatch)", "#a6a6a6", "url(#{0}-dots)", "#ffffff"];

    public static string Render(string id, BarChart chart)
    {
        var encoder = HtmlEncoder.Default;
        string E(string text) => encoder.Encode(text);
        var values = chart.Series.SelectMany(s => s.Values).Where(v => v.Number is not null).Select(v => v.Number!.Value).ToList();
        var max = NiceMax(values.Count == 0 ? 0 : values.Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var groups = Math.Max(1, chart.Categories.Count);
        var groupWidth = plotWidth / (double)groups;
        var barWidth = Math.Min(40, groupWidth * 0.8 / Math.Max(1, chart.Series.Count));
        var legendRows = chart.Series.Count > 1 ? 1 : 0;
        var height = Height + legendRows * 24;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rmt-chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(chart.Title)}</title><desc id=\"{id}-desc\">{E(chart.Description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"""<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1b1b1b" stroke-width="3"/></pattern>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<pattern id="{id}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.5" fill="#1b1b1b"/></pattern></defs>""");
        svg.Append("<g font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1b1b\">");

        // Gridlines and the value axis.
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Top + plotHeight - plotHeight * i / 4.0;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"{(i == 0 ? "#1b1b1b" : "#bdbdbd")}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{E(Axis(value, chart.Money))}</text>");
        }

        for (var g = 0; g < chart.Categories.Count; g++)
        {
            var groupLeft = Left + g * groupWidth + (groupWidth - barWidth * chart.Series.Count) / 2;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var cell = chart.Series[s].Values[g];
                var x = groupLeft + s * barWidth;
                var baseline = Top + plotHeight;
                if (cell.Number is { } number)
                {
                    var barHeight = max == 0 ? 0 : (double)(number / max) * plotHeight;
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{x:0.#}\" y=\"{baseline - barHeight:0.#}\" width=\"{barWidth - 2:0.#}\" height=\"{barHeight:0.#}\" fill=\"{Fill(id, s)}\" stroke=\"#1b1b1b\" stroke-width=\"1\"/>");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<text x=\"{x + (barWidth - 2) / 2:0.#}\" y=\"{baseline - 6:0.#}\" text-anchor=\"middle\" font-size=\"11\">{E(cell.Text)}</text>");
                }
            }

            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Left + g * groupWidth + groupWidth / 2:0.#}\" y=\"{Top + plotHeight + 20}\" text-anchor=\"middle\">{E(Short(chart.Categories[g], groups))}</text>");
        }

        if (legendRows > 0)
        {
            var x = Left;
            var y = Height - 14;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y - 12}\" width=\"16\" height=\"16\" fill=\"{Fill(id, s)}\" stroke=\"#1b1b1b\" stroke-width=\"1\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 22}\" y=\"{y + 1}\">{E(chart.Series[s].Name)}</text>");
                x += 34 + (int)(chart.Series[s].Name.Length * 7.2);
            }
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static string Fill(string id, int series) => string.Format(CultureInfo.InvariantCulture, _fills[series % _fills.Length], id);

    /// <summary>"3e kwartaal 2022" becomes "3e kw. 2022" where the groups are narrow.</summary>
    private static string Short(string category, int groups) =>
        groups > 4 ? category.Replace(" kwartaal", " kw.", StringComparison.Ordinal) : category;

    private static string Axis(decimal value, bool money) => money
        ? "€ " + value.ToString("#,##0", DutchFormat.Numbers)
        : value.ToString("#,##0", DutchFormat.Numbers);

    /// <summary>Four times a round step (1, 2 or 5 times a power of ten, at least 1), so every tick is a whole number.</summary>
    private static decimal NiceMax(decimal max)
    {
        var rough = Math.Max(1m, max / 4);
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        var step = new[] { 1m, 2m, 5m, 10m }.Select(f => f * power).First(candidate => candidate >= rough);
        return 4 * step;
    }
}
