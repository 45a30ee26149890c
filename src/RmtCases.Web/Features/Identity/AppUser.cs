using Microsoft.AspNetCore.Identity;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Features.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Role Role { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last TOTP time step accepted: a code works once.</summary>
    public long? LastTotpTimeStep { get; set; }
}
