namespace RmtCases.Domain.Exchange;

public enum ExportKind
{
    Exchange = 1,
    SubjectAccessReport = 2,
    WageValueFullReport = 3,
    WageValueReducedReport = 4,
}
