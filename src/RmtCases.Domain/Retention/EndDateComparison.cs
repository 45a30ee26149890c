namespace RmtCases.Domain.Retention;

public enum EndDateComparison
{
    AsApAdvised = 1,
    AsRegulationLapses = 2,
    DiffersFromBoth = 3,
}
