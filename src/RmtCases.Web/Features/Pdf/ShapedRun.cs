namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// A shaped run: glyphs in visual order (left to right, also for right-to-left text), each with its position from
/// the run's start and the UTF-16 index in <see cref="Text"/> of the characters it stands for (its cluster).
/// </summary>
internal sealed record ShapedRun(
    PdfFace Face,
    float Size,
    string Text,
    int Start,
    int Length,
    bool RightToLeft,
    ushort[] Glyphs,
    int[] Clusters,
    float[] X,
    float[] Y,
    float Width);
