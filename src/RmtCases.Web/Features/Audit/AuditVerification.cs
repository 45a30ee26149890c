namespace RmtCases.Web.Features.Audit;

public sealed record AuditVerification(bool Intact, long RowsChecked, long? FirstBrokenId, long? FirstBrokenSequence, string? Reason);
