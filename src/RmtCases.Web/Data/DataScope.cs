namespace RmtCases.Web.Data;

/// <summary>
/// Which region's participant rows this unit of work may touch. PostgreSQL row-level security reads it
/// from the session settings, so a query that forgets its filter still returns nothing from another region.
/// </summary>
public sealed class DataScope
{
    public int? RegionId { get; private set; }

    /// <summary>Only for system work that spans regions: retention purges and demo seeding.</summary>
    public bool AllRegions { get; private set; }

    public void ForRegion(int regionId)
    {
        RegionId = regionId;
        AllRegions = false;
    }

    public void ForAllRegions()
    {
        RegionId = null;
        AllRegions = true;
    }
}
