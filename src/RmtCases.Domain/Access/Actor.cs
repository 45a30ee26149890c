using RmtCases.Domain.Organisations;

namespace RmtCases.Domain.Access;

/// <summary>The signed-in person as the access policy sees them.</summary>
public sealed record Actor(
    Guid UserId,
    Guid OrganisationId,
    OrganisationType OrganisationType,
    int RegionId,
    Role Role,
    bool DeclarationAccepted);
