namespace RmtCases.Web.Features.Pdf;

/// <summary>One face in a font file: <paramref name="Index"/> picks the face in a collection (.ttc).</summary>
internal sealed record FontFile(string Path, int Index = 0);
