using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

/// <summary>Puts organisation, organisation type, region and role in the cookie; the policy reads them from there.</summary>
public sealed class RmtClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    IOptions<IdentityOptions> options,
    RmtDbContext db) : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == user.OrganisationId)
            .Select(o => new { o.Type, o.RegionId })
            .SingleAsync();
        identity.AddClaim(new Claim(RmtClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(RmtClaims.OrganisationType, organisation.Type.ToString()));
        identity.AddClaim(new Claim(RmtClaims.RegionId, organisation.RegionId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(RmtClaims.Role, user.Role.ToString()));
        // Show the person's name, not the e-mail address the base factory puts in the name claim.
        if (identity.FindFirst(identity.NameClaimType) is { } userName)
        {
            identity.RemoveClaim(userName);
        }

        identity.AddClaim(new Claim(identity.NameClaimType, user.DisplayName));
        return identity;
    }
}
