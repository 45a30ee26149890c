namespace RmtCases.Bench;

/// <summary>
/// The SQL EF Core generates for the participant list (Pages/Participants/Index), captured from its command log:
/// a count that stops at 1,001 and one page of 25 in the surname order, scoped to the region by VisibleTo.
/// Parameters: actor_RegionId, limit (1,001), p2 (25), p (the offset), and name or serviceType when filtered.
/// </summary>
internal static class ListSql
{
    public static (string Count, string Page) For(bool byName, bool byServiceType)
    {
        var filter = (byName, byServiceType) switch
        {
            (true, _) => "starts_with(p.person_surname_key, lower(rmt_unaccent(@name))) AND p.region_id = @actor_RegionId",
            (_, true) => """
                p.region_id = @actor_RegionId AND p.id IN (
                    SELECT s."Value"
                    FROM (
                        SELECT participant_id AS "Value" FROM service_deliveries WHERE region_id = @actor_RegionId AND service_type = @serviceType
                    ) AS s)
                """,
            _ => "p.region_id = @actor_RegionId",
        };
        // The service filter alone is counted from the services' index (Pages/Participants/Index).
        var count = byServiceType && !byName
            ? "SELECT count(*)::int FROM (SELECT DISTINCT participant_id FROM service_deliveries WHERE region_id = @actor_RegionId AND service_type = @serviceType LIMIT @limit) AS s"
            : $"SELECT count(*)::int FROM (SELECT 1 FROM participants AS p WHERE {filter} LIMIT @limit) AS p0";
        var page = $"""
            SELECT p.id, p.person_given_names, p.person_infix, p.person_surname, p.person_date_of_birth, p.person_postcode, p.person_city, p.status, p.registered_at
            FROM participants AS p
            WHERE {filter}
            ORDER BY p.person_surname_key, p.person_given_names, p.id
            LIMIT @p2 OFFSET @p
            """;
        return (count, page);
    }
}
