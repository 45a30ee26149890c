using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Exchange;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// Shares one participant's data with one organisation as an AES-256 encrypted PDF. Step 1 chooses the
/// recipient (a GET form), step 2 the categories that recipient may receive and the purpose; the POST
/// re-checks everything and answers with the password, shown this once.
/// </summary>
[Requires(Requirement.Export)]
public sealed class ShareModel(
    Admission admission,
    AccessPolicy policy,
    RmtDbContext db,
    AuditLog audit,
    ExportHistory history,
    ExportCap cap,
    EncryptedExports exports) : PageModel
{
    public const string PurposeRequiredMessage = "Kies waarvoor de ontvanger de gegevens nodig heeft.";

    public const string RecipientRequiredMessage = "Kies de organisatie waarmee u gegevens deelt.";

    public sealed class InputModel
    {
        public Guid RecipientId { get; set; }

        /// <summary>From a closed list: free text could carry a name or a diagnosis into the register and the trail.</summary>
        public ExportPurpose? Purpose { get; set; }

        /// <summary>Category letters a–g; whatever else is posted is ignored.</summary>
        public List<string> Categories { get; set; } = [];

        /// <param name="offered">What the policy lets this actor share with this recipient.</param>
        /// <param name="chosen">What was asked for of that.</param>
        public void Validate(FormRules.Errors errors, IReadOnlyList<Category> offered, IReadOnlyList<Category> chosen, string recipientName)
        {
            if (offered.Count == 0)
            {
                errors.Add(nameof(Categories), $"U mag geen gegevens van deze deelnemer delen met {recipientName}.");
            }
            else if (chosen.Count == 0)
            {
                errors.Add(nameof(Categories), "Kies ten minste één soort gegevens om te delen.");
            }

            // A value not on the list (a changed form, the access report's own purpose, one the binder could not
            // read) gets the same Dutch message as none.
            if (Purpose is not { } purpose || !ExportPurposes.ForExchange.Contains(purpose))
            {
                errors.Add(nameof(Purpose), PurposeRequiredMessage);
            }
        }
    }

    public sealed record RecipientOption(Guid Id, string Name, OrganisationType Type, int RegionId)
    {
        // One word per organisation type, the same as in administration (issue 15: not two for external providers).
        public string TypeLabel => Type.Dutch();
    }

    /// <summary>What the POST made: shown once, never stored with the password.</summary>
    public sealed record ExportResult(string Reference, string Password, string DownloadUrl, DateTimeOffset ExpiresAt, string RecipientName, IReadOnlyList<Category> Included);

    private sealed record ParticipantHead(Guid Id, int RegionId, ParticipantStatus Status, string GivenNames, string? Infix, string Surname);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid ParticipantId { get; private set; }
    public string ParticipantName { get; private set; } = "";
    public bool IsWithdrawn { get; private set; }
    public IReadOnlyList<RecipientOption> Recipients { get; private set; } = [];
    public RecipientOption? Recipient { get; private set; }
    public IReadOnlyList<Category> Offered { get; private set; } = [];
    public IReadOnlyList<ExportSummary> History { get; private set; } = [];
    public bool CapReached { get; private set; }
    public string CapMessage =>
        $"U hebt het afgelopen uur al {cap.MaxPerHour} keer gegevens gedeeld. Dat is het maximum: gegevens worden alleen "
        + "incidenteel gedeeld, nooit in bulk. Probeer het later opnieuw of neem contact op met functioneel beheer.";
    public ExportResult? Result { get; private set; }

    public bool IsChecked(Category category) => Input.Categories.Contains(category.Letter().ToString());

    public static IReadOnlyList<ExportPurpose> Purposes => ExportPurposes.ForExchange;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "ontvanger")] Guid? recipientId, CancellationToken cancellationToken)
    {
        var (actor, participant) = await LoadAsync(id, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        History = await history.ForParticipantAsync(participant.Id, cancellationToken);
        if (recipientId is null && Request.Query.ContainsKey("ontvanger"))
        {
            ModelState.AddModelError("ontvanger", RecipientRequiredMessage);
        }
        else if (recipientId is { } chosen)
        {
            Recipient = Recipients.FirstOrDefault(r => r.Id == chosen);
            if (Recipient is null)
            {
                ModelState.AddModelError("ontvanger", "Kies een ontvanger uit de lijst.");
            }
            else
            {
                Input.RecipientId = Recipient.Id;
                Offered = policy.ShareableCategories(actor, Recipient.Type, Recipient.RegionId);
            }
        }

        CapReached = await cap.IsReachedAsync(actor.UserId, cancellationToken);
        await audit.RecordAsync(AuditActions.ParticipantViewed, participant.Id, [Category.Person], ["name"], cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShareAsync(id, cancellationToken);
        // Read once, after the export if there was one, which it then lists.
        if (result is PageResult)
        {
            History = await history.ForParticipantAsync(id, cancellationToken);
        }

        return result;
    }

    private async Task<IActionResult> ShareAsync(Guid id, CancellationToken cancellationToken)
    {
        var (actor, participant) = await LoadAsync(id, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Recipient = Recipients.FirstOrDefault(r => r.Id == Input.RecipientId);
        if (Recipient is null)
        {
            ModelState.Clear();
            ModelState.AddModelError("ontvanger", "Kies een ontvanger uit de lijst.");
            return Page();
        }

        // Server-side, whatever the form offered: the policy decides per recipient.
        Offered = policy.ShareableCategories(actor, Recipient.Type, Recipient.RegionId);
        var requested = Categories.FromLetters(string.Concat(Input.Categories));
        var refused = requested.Except(Offered).ToList();
        if (refused.Count > 0)
        {
            // Only a changed form asks for more than was offered (for instance category g for a union):
            // it is dropped, and the attempt recorded at once, whatever happens to the rest of the request.
            await audit.RecordAsync(
                AuditActions.ExportRefused, participant.Id, refused, ["categories"], outcome: AuditOutcomes.Refused,
                subjectId: Recipient.Id, cancellationToken: cancellationToken);
        }

        var chosen = requested.Intersect(Offered).ToList();
        Input.Categories = chosen.Select(c => c.Letter().ToString()).ToList();
        var errors = new FormRules.Errors();
        Input.Validate(errors, Offered, chosen, Recipient.Name);
        if (errors.Has(nameof(Input.Purpose)))
        {
            // Its message takes the place of the binder's.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Purpose)}");
        }

        ModelState.AddErrors(nameof(Input), errors.List);

        if (IsWithdrawn)
        {
            ModelState.AddModelError("", "Deze deelnemer neemt niet meer deel aan het RMT. Gegevens worden niet meer gedeeld.");
        }

        if (!ModelState.IsValid)
        {
            CapReached = await cap.IsReachedAsync(actor.UserId, cancellationToken);
            return Page();
        }

        if (await cap.IsReachedAsync(actor.UserId, cancellationToken))
        {
            return await RefuseOverCapAsync(participant.Id, cancellationToken);
        }

        // The sender's organisation and name for the cover, in one statement.
        var from = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new { u.DisplayName, Organisation = db.Organisations.Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var sender = from.Organisation ?? "";
        var senderUser = from.DisplayName;
        var purpose = Input.Purpose!.Value;
        var leftOut = Offered.Except(chosen).ToList();
        var content = await ExchangeContentLoader.LoadAsync(db, participant.Id, chosen, Recipient.Type, Recipient.Id, cancellationToken);
        // A werkfitbehoud row or template step that went along is category g: the register and the trail say so (the cover does not).
        var disclosed = DisclosureRules.DisclosedCategories(
            chosen, content.ServiceDeliveries?.Select(s => s.ServiceType) ?? [], content.Route?.Actions.Any(a => a.RevealsBanenafspraak) == true);
        var export = await exports.CreateAsync(
            actor,
            new ExportRequest(ExportKind.Exchange, participant.Id, participant.RegionId, Recipient.Id, purpose, disclosed),
            (reference, now) => ExchangeReport.Build(new ExchangeCover(reference, sender, senderUser, Recipient.Name, purpose.Label(), now, chosen, leftOut), content),
            cancellationToken);
        if (export is null)
        {
            return await RefuseOverCapAsync(participant.Id, cancellationToken);
        }

        Result = new ExportResult(export.Reference, export.Password, export.DownloadUrl, export.ExpiresAt, Recipient.Name, chosen);
        return Page();
    }

    private async Task<IActionResult> RefuseOverCapAsync(Guid participantId, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(
            AuditActions.ExportRefused, participantId, fields: ["exports_per_hour"], outcome: AuditOutcomes.Refused,
            subjectId: Recipient?.Id, cancellationToken: cancellationToken);
        CapReached = true;
        ModelState.AddModelError("", CapMessage);
        return Page();
    }

    /// <summary>The participant the gate admitted, with the recipients; null only when the file went meanwhile.</summary>
    private async Task<(Actor Actor, ParticipantHead? Participant)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = admission.Actor;
        ParticipantId = id;
        var participant = await db.Participants.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ParticipantHead(p.Id, p.RegionId, p.Status, p.Person.GivenNames, p.Person.Infix, p.Person.Surname))
            .SingleOrDefaultAsync(cancellationToken);
        if (participant is null)
        {
            return (actor, null);
        }

        ParticipantName = PersonDetails.JoinName(participant.GivenNames, participant.Infix, participant.Surname);
        IsWithdrawn = participant.Status == ParticipantStatus.Withdrawn;
        // A region has a handful of organisations: the policy filters them here rather than being restated in SQL.
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.RegionId == actor.RegionId && o.Id != actor.OrganisationId)
            .OrderBy(o => o.Type).ThenBy(o => o.Name)
            .Select(o => new RecipientOption(o.Id, o.Name, o.Type, o.RegionId))
            .ToListAsync(cancellationToken);
        Recipients = organisations.Where(r => OrganisationTypeRules.IsPossibleRecipient(r.Type)).ToList();
        return (actor, participant);
    }
}
