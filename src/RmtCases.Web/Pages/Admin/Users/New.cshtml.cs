using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin.Users;

public sealed class NewModel(
    RmtDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider time) : PageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public Guid? OrganisationId { get; set; }

        public Role? Role { get; set; }

        /// <summary>Before the texts are trimmed: the limit is on what was typed.</summary>
        public void Validate(FormRules.Errors errors, OrganisationOption? organisation)
        {
            errors.Require(DisplayName, nameof(DisplayName), "Vul de naam in.");
            if (DisplayName is { Length: > 200 })
            {
                errors.Add(nameof(DisplayName), "Een naam heeft hoogstens 200 tekens.");
            }

            errors.Require(Email, nameof(Email), "Vul het e-mailadres in.");
            if (Email?.Trim() is { Length: > 0 } email && !Domain.Validation.Email.IsValid(email))
            {
                errors.Add(nameof(Email), Domain.Validation.Email.Message);
            }

            errors.Choose(OrganisationId, nameof(OrganisationId), "Kies de organisatie.");
            if (OrganisationId is not null && organisation is null)
            {
                errors.Add(nameof(OrganisationId), "Kies een organisatie uit de lijst.");
            }

            errors.Choose(Role, nameof(Role), "Kies de rol.");
            if (Role is { } role && !Enum.IsDefined(role))
            {
                errors.Add(nameof(Role), "Kies een rol uit de lijst.");
            }
            else if (Role is { } chosen && organisation is not null && !OrganisationTypeRules.CanHoldRole(organisation.Type, chosen))
            {
                errors.Add(nameof(Role), RoleNotAllowedMessage(chosen));
            }
        }
    }

    public sealed record OrganisationOption(Guid Id, string Name, OrganisationType Type, string Region);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];

    /// <summary>Set once, in the response to the creating POST; never stored.</summary>
    public string? PasswordLink { get; private set; }

    public string? CreatedName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var organisation = Organisations.FirstOrDefault(o => o.Id == Input.OrganisationId);
        var errors = new FormRules.Errors(ModelState.Unread(nameof(Input)));
        Input.Validate(errors, organisation);
        ModelState.AddErrors(nameof(Input), errors.List);
        Input.DisplayName = Input.DisplayName?.Trim();
        Input.Email = Input.Email?.Trim();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            EmailConfirmed = true,
            DisplayName = Input.DisplayName!,
            OrganisationId = organisation!.Id,
            Role = Input.Role!.Value,
            CreatedAt = time.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // No password: the new user sets one through the one-time link, so the administrator never knows it.
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) ? "Input.Email" : "";
                var message = error.Code == nameof(IdentityErrorDescriber.DuplicateUserName)
                    ? "Er bestaat al een account met dit e-mailadres." : error.Description;
                if (ModelState[field]?.Errors.Any(e => e.ErrorMessage == message) != true)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            return Page();
        }

        PasswordLink = await AccountLinks.PasswordLinkAsync(users, Url, user);
        audit.Add(AuditActions.AccountChanged, subjectId: user.Id, fields: ["created", "display_name", "email", "organisation", "role"]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        CreatedName = user.DisplayName;
        ModelState.Clear();
        Input = new InputModel();
        return Page();
    }

    internal static string RoleNotAllowedMessage(Role role) => role switch
    {
        Role.WageValueAssessor => "Een loonwaardedeskundige werkt bij een gemeente. Kies een gemeente of een andere rol.",
        Role.Administrator => "Een functioneel beheerder hoort bij een organisatie voor functioneel beheer. Kies die organisatie of een andere rol.",
        _ => "Deze rol past niet bij het soort organisatie. Een organisatie voor functioneel beheer heeft alleen functioneel beheerders; marktpartijen en opleiders hebben geen accounts.",
    };

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        // External providers receive exports; they are not users (PRODUCT: "they are not users").
        Organisations = await db.Organisations.AsNoTracking()
            .Where(o => OrganisationTypeRules.AccountHolderTypes.Contains(o.Type))
            .OrderBy(o => o.Region!.Name).ThenBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Type, o.Region!.Name))
            .ToListAsync(cancellationToken);
}
