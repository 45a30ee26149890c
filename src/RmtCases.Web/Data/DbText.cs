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

    public static string Unaccent(string text) =>
        throw new InvalidOperationException("Only for queries: the rmt_unaccent database function.");
}
