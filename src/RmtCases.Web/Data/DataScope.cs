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

    /// <summary>
    /// Whether rows that reveal category g may be read: werkfitbehoud service rows (art. 3 of the Tijdelijke
    /// regeling aanvullende crisisdienstverlening COVID-19) and the plan actions its template adds. Only for whoever the access policy lets see category g;
    /// system work across all regions sees them too.
    /// </summary>
    public bool SeesBanenafspraakDerived { get; private set; }

    /// <summary>Set while a connection carrying this scope's settings is open (DataScopeInterceptor).</summary>
    internal bool Applied { get; set; }

    public void ForRegion(int regionId, bool seesBanenafspraakDerived = false) => Set(regionId, allRegions: false, seesBanenafspraakDerived);

    public void ForAllRegions() => Set(null, allRegions: true, seesBanenafspraakDerived: true);

    private void Set(int? regionId, bool allRegions, bool seesBanenafspraakDerived)
    {
        // The settings reach PostgreSQL when a connection opens; a change while one is open would not, and the
        // unit of work would go on in the old region without a word.
        if (Applied && (RegionId != regionId || AllRegions != allRegions || SeesBanenafspraakDerived != seesBanenafspraakDerived))
        {
            throw new InvalidOperationException("The data scope cannot change while its connection is open.");
        }

        RegionId = regionId;
        AllRegions = allRegions;
        SeesBanenafspraakDerived = seesBanenafspraakDerived;
    }
}
