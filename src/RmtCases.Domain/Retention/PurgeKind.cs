namespace RmtCases.Domain.Retention;

public enum PurgeKind
{
    Rmt = 1,
    WageValue = 2,
}
