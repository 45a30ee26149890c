using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>A new role for an account (<see cref="DetailsModel"/>).</summary>
public sealed class RoleInput
{
    public Role? Role { get; set; }

    /// <param name="type">The type of the account's organisation, which decides the roles it may hold.</param>
    public void Validate(FormRules.Errors errors, OrganisationType type)
    {
        if (Role is not { } role || !Enum.IsDefined(role))
        {
            errors.Add(nameof(Role), "Kies een rol uit de lijst.");
        }
        else if (!OrganisationTypeRules.CanHoldRole(type, role))
        {
            errors.Add(nameof(Role), NewModel.RoleNotAllowedMessage(role));
        }
    }
}
