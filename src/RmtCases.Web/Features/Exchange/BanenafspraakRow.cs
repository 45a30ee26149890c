using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

public sealed record BanenafspraakRow(bool InTargetGroup, DateOnly? RegisteredOn);
