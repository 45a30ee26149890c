using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

internal sealed record FillOp(SKRect Rect, SKColor Color) : DrawOp;
