using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.WageValue;

public static class WageValueAuditActions
{
    public const string Listed = "wagevalue.listed";
    public const string Viewed = "wagevalue.viewed";
    public const string Created = "wagevalue.created";
    public const string Changed = "wagevalue.changed";
    public const string Finalised = "wagevalue.finalised";
    public const string Corrected = "wagevalue.corrected";
    public const string Decided = "wagevalue.decided";
    public const string Report = "wagevalue.report";
    public const string ReportDownloaded = "wagevalue.report_downloaded";
}
