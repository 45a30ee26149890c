namespace RmtCases.Domain.Figures;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}
