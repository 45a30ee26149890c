namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// The font files of every export, per weight: the main family first, then fallbacks for the characters it
/// lacks. A name in Arabic, Chinese or with an emoji must print as typed, not as blanks.
/// </summary>
internal static class PdfFonts
{
    private const string Noto = "/usr/share/fonts/truetype/noto/";

    // Liberation Sans (Debian fonts-liberation) is metric-compatible with Arial; DejaVu Sans is
    // the fallback that the base image has.
    private static readonly (string Regular, string Bold)[] MainCandidates =
    [
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ];

    // In order of preference; a missing file is skipped. The script fonts come before DejaVu Sans, which
    // has Arabic and Hebrew too but without the Noto fonts' coverage; Noto Sans has the Latin letters Liberation
    // Sans 1.07 lacks (Vietnamese ễ, ị). Debian packages: fonts-noto-core (the scripts and Noto Sans), fonts-dejavu-core
    // (emoji in outline, symbols), fonts-wqy-microhei (Chinese, also kana and hangul; TrueType outlines, 1.6 MB
    // against fonts-noto-cjk's 56 MB) and fonts-symbola (the emoji DejaVu lacks, in outline: a colour bitmap
    // emoji would not extract as text). The last two have one weight, used for bold too.
    private static readonly (string Regular, string? Bold)[] FallbackCandidates =
    [
        (Noto + "NotoSansArabic-Regular.ttf", Noto + "NotoSansArabic-Bold.ttf"),
        (Noto + "NotoSansHebrew-Regular.ttf", Noto + "NotoSansHebrew-Bold.ttf"),
        (Noto + "NotoSansDevanagari-Regular.ttf", Noto + "NotoSansDevanagari-Bold.ttf"),
        (Noto + "NotoSansThai-Regular.ttf", Noto + "NotoSansThai-Bold.ttf"),
        (Noto + "NotoSansArmenian-Regular.ttf", Noto + "NotoSansArmenian-Bold.ttf"),
        (Noto + "NotoSansGeorgian-Regular.ttf", Noto + "NotoSansGeorgian-Bold.ttf"),
        (Noto + "NotoSansEthiopic-Regular.ttf", Noto + "NotoSansEthiopic-Bold.ttf"),
        (Noto + "NotoSans-Regular.ttf", Noto + "NotoSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", null),
        ("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", null),
    ];

    private static readonly Lazy<(IReadOnlyList<FontFile> Regular, IReadOnlyList<FontFile> Bold)> Found = new(Find);

    /// <summary>The regular weight's files, the main one first.</summary>
    public static IReadOnlyList<FontFile> Regular => Found.Value.Regular;

    /// <summary>The bold weight's files, the main one first.</summary>
    public static IReadOnlyList<FontFile> Bold => Found.Value.Bold;

    private static (IReadOnlyList<FontFile>, IReadOnlyList<FontFile>) Find()
    {
        var (mainRegular, mainBold) = MainCandidates.FirstOrDefault(c => File.Exists(c.Regular) && File.Exists(c.Bold));
        if (mainRegular is null)
        {
            throw new InvalidOperationException(
                "No font for PDF exports: install the Debian package fonts-liberation (or fonts-dejavu-core).");
        }

        List<FontFile> regular = [new(mainRegular)];
        List<FontFile> bold = [new(mainBold)];
        foreach (var (fallbackRegular, fallbackBold) in FallbackCandidates)
        {
            if (fallbackRegular == mainRegular || !File.Exists(fallbackRegular))
            {
                continue;
            }

            regular.Add(new FontFile(fallbackRegular));
            bold.Add(new FontFile(fallbackBold is not null && File.Exists(fallbackBold) ? fallbackBold : fallbackRegular));
        }

        return (regular, bold);
    }
}
