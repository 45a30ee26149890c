using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

/// <summary>The line under a <see cref="LayoutRow"/>.</summary>
internal sealed record LayoutRule(float Width, SKColor Color);
