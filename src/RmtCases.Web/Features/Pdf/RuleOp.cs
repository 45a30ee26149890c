using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

internal sealed record RuleOp(float Y, float Left, float Right, float Width, SKColor Color) : DrawOp;
