using SkiaSharp;

namespace RmtCases.Web.Features.Pdf;

internal sealed record TextOp(string Text, float X, float Baseline, TextStyle Style, SKTextAlign Align = SKTextAlign.Left)
    : DrawOp;
