namespace RmtCases.Web.Features.Identity;

public static class RmtClaims
{
    public const string OrganisationId = "rmt:org";
    public const string OrganisationType = "rmt:org_type";
    public const string RegionId = "rmt:region";
    public const string Role = "rmt:role";

    /// <summary>The organisation whose OpenID Provider started this session, if one did.</summary>
    public const string SignInProvider = "rmt:sso";
}
