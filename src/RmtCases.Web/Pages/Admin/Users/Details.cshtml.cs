using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.WageValue;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Pages.Admin.Users;

/// <summary>One account: disable or enable it, change its role, or reset its password and authenticator.</summary>
public sealed class DetailsModel(
    Admission admission, RmtDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider time, SessionCache sessions) : PageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public AccountView? Account { get; private set; }

    /// <summary>Regeling loonkostensubsidie Participatiewet 2021, art. 3: only for wage-value assessors.</summary>
    [BindProperty]
    public AssessorQualificationInput Qualification { get; set; } = new();

    public AssessorQualification? RecordedQualification { get; private set; }

    /// <summary>Set once, in the response to the reset; never stored.</summary>
    public string? PasswordLink { get; private set; }

    [BindProperty(SupportsGet = true, Name = "melding")]
    public string? Notice { get; set; }

    public bool IsSelf => Account?.Id == admission.Actor.UserId;

    public string? NoticeText => Notice switch
    {
        "uitgeschakeld" => "Het account is uitgeschakeld. Alle sessies van deze gebruiker zijn beëindigd.",
        "ingeschakeld" => "Het account is weer ingeschakeld.",
        "rol" => "De rol is gewijzigd. De gebruiker moet opnieuw inloggen.",
        "deblokkeerd" => "De blokkade is opgeheven. De gebruiker kan weer inloggen.",
        "kwalificaties" => "De kwalificaties als loonwaardedeskundige zijn opgeslagen.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "uitgeschakeld", user =>
        {
            if (user.IsDisabled)
            {
                return null;
            }

            user.IsDisabled = true;
            return ["is_disabled"];
        }, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "ingeschakeld", user =>
        {
            if (!user.IsDisabled)
            {
                return null;
            }

            user.IsDisabled = false;
            return ["is_disabled"];
        }, cancellationToken);

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        var type = await db.Users.Where(u => u.Id == id).Select(u => (OrganisationType?)u.Organisation!.Type).SingleOrDefaultAsync(cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var errors = new FormRules.Errors();
        Input.Validate(errors, type.Value);
        ModelState.AddErrors(nameof(Input), errors.List);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return await ChangeAsync(id, "rol", user =>
        {
            if (user.Role == Input.Role)
            {
                return null;
            }

            user.Role = Input.Role!.Value;
            return ["role"];
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostQualificationAsync(Guid id, CancellationToken cancellationToken)
    {
        var role = await db.Users.Where(u => u.Id == id).Select(u => (Role?)u.Role).SingleOrDefaultAsync(cancellationToken);
        if (role != Role.WageValueAssessor)
        {
            return NotFound();
        }

        // The role form is not posted here: its errors would belong to another form.
        ModelState.Remove("Input.Role");
        // A kind the binder could not read gets the list's own message, not the binder's generic one.
        ModelState.ReplaceUnread($"{nameof(Qualification)}.{nameof(Qualification.DiplomaKind)}", AssessorQualificationInput.UnknownKindMessage);
        var errors = new FormRules.Errors(ModelState.Unread(nameof(Qualification)));
        Qualification.Validate(errors, time.TodayInNetherlands());
        ModelState.AddErrors(nameof(Qualification), errors.List);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        await AssessorQualifications.RecordAsync(db, audit, id, Qualification, admission.Actor.UserId, time.GetUtcNow(), cancellationToken);
        return RedirectToPage(new { id, melding = "kwalificaties" });
    }

    /// <summary>Lifts a lockout early, for a user who proved who they are some other way. Sessions stay.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AccountCredentials.UnlockAsync(users, user);
        audit.Add(AuditActions.AccountChanged, subjectId: user.Id, fields: ["lockout"]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(new { id, melding = "deblokkeerd" });
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == admission.Actor.UserId)
        {
            return await RefuseSelfAsync(id, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AccountCredentials.ResetAsync(users, user);
        await AccountLinks.EndSessionsAsync(db, sessions, user.Id, cancellationToken);
        PasswordLink = await AccountLinks.PasswordLinkAsync(users, Url, user);
        audit.Add(AuditActions.AccountChanged, subjectId: user.Id, fields: ["authenticator", "lockout", "password", "sessions"]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Applies one change and ends the account's sessions in the same transaction, with its audit row.
    /// <paramref name="change"/> returns the changed fields, or null when nothing changes.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, string notice, Func<AppUser, string[]?> change, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        // Locking oneself out of administration is never what an administrator meant.
        if (user.Id == admission.Actor.UserId)
        {
            return await RefuseSelfAsync(id, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (change(user) is not { } fields)
        {
            return RedirectToPage(new { id });
        }

        // A new stamp refuses old tickets; deleting the sessions makes it immediate on every instance.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            await transaction.RollbackAsync(cancellationToken);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        await AccountLinks.EndSessionsAsync(db, sessions, user.Id, cancellationToken);
        audit.Add(AuditActions.AccountChanged, subjectId: user.Id, fields: [.. fields, "sessions"]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(new { id, melding = notice });
    }

    private async Task<IActionResult> RefuseSelfAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", "U kunt uw eigen account hier niet wijzigen. Vraag een andere beheerder.");
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Account = await AccountView.FindAsync(db, id, cancellationToken);
        Input.Role ??= Account?.Role;
        if (Account?.Role == Role.WageValueAssessor)
        {
            RecordedQualification = await AssessorQualifications.FindAsync(db, id, cancellationToken);
            if (RecordedQualification is not null && Request.Method == HttpMethods.Get)
            {
                Qualification = AssessorQualificationInput.From(RecordedQualification);
            }
        }

        return Account is not null;
    }
}
