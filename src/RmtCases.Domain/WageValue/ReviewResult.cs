namespace RmtCases.Domain.WageValue;

/// <summary>How an objection or second opinion ended, from a list; the reasoning stays in the full report's text.</summary>
public enum ReviewResult
{
    Upheld = 1,
    PartlyUpheld = 2,
    Rejected = 3,
}
