namespace RmtCases.Web.Features.Pdf;

/// <summary>The font files of every export: one regular and one bold weight of one family.</summary>
internal static class PdfFonts
{
    // Liberation Sans (Debian fonts-liberation) is metric-compatible with Arial; DejaVu Sans is
    // the fallback that the base image has.
    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ];

    private static readonly Lazy<(string Regular, string Bold)> Found = new(Find);

    public static string RegularPath => Found.Value.Regular;

    public static string BoldPath => Found.Value.Bold;

    private static (string, string) Find()
    {
        foreach (var (regular, bold) in Candidates)
        {
            if (File.Exists(regular) && File.Exists(bold))
            {
                return (regular, bold);
            }
        }

        throw new InvalidOperationException(
            "No font for PDF exports: install the Debian package fonts-liberation (or fonts-dejavu-core).");
    }
}
