namespace RmtCases.Domain.Organisations;

public sealed class Organisation
{
    public Guid Id { get; set; } = Ids.New();
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
}
