namespace RmtCases.Web.Data;

/// <summary>
/// PostgreSQL text functions for LINQ queries. The surname search needs both in the database: the key is made
/// by the same function as the stored column, and starts_with, unlike LIKE, is leakproof, so row-level security
/// lets the planner turn it into a range on the (region, surname key) index.
/// </summary>
public static class DbText
{
    public static bool StartsWith(string text, string prefix) =>
        throw new InvalidOperationException("Only for queries: PostgreSQL's starts_with.");

    /// <summary>PostgreSQL's strpos: where <paramref name="part"/> begins in <paramref name="text"/>, from 1; 0 when absent.</summary>
    public static int Position(string text, string part) =>
        throw new InvalidOperationException("Only for queries: PostgreSQL's strpos.");

    public static string Unaccent(string text) =>
        throw new InvalidOperationException("Only for queries: the rmt_unaccent database function.");
}
