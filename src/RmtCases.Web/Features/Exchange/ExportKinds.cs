using RmtCases.Domain.Exchange;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// What differs between the kinds of encrypted file on the one export road: the audit actions, the exports a
/// cap counts together, and the reference's form. Everything else (encryption, record, lock, download) is one.
/// </summary>
public static class ExportKinds
{
    private static readonly ExportKind[] _participantFiles = [ExportKind.Exchange, ExportKind.SubjectAccessReport];
    private static readonly ExportKind[] _wageValueReports = [ExportKind.WageValueFullReport, ExportKind.WageValueReducedReport];

    public static string CreatedAction(ExportKind kind) => kind switch
    {
        ExportKind.Exchange => AuditActions.ExportCreated,
        ExportKind.SubjectAccessReport => AuditActions.SubjectAccessReport,
        _ => WageValueAuditActions.Report,
    };

    public static string DownloadedAction(ExportKind kind) =>
        IsWageValueReport(kind) ? WageValueAuditActions.ReportDownloaded : AuditActions.ExportDownloaded;

    /// <summary>
    /// The kinds one hourly cap counts together. AP z2021-2117: a participant's data leaves incidentally, never in
    /// bulk; a subject access report is the whole file leaving too. Wage-value reports, the municipality's own
    /// processing, have a cap of their own, so reports never use up a caseworker's exchanges or the reverse.
    /// </summary>
    public static IReadOnlyList<ExportKind> CountedWith(ExportKind kind) => IsWageValueReport(kind) ? _wageValueReports : _participantFiles;

    public static bool IsWageValueReport(ExportKind kind) => _wageValueReports.Contains(kind);
}
