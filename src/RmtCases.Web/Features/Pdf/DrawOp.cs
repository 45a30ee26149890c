namespace RmtCases.Web.Features.Pdf;

internal abstract record DrawOp;
