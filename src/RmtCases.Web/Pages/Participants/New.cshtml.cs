using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Participants;
using RmtCases.Web.Data;

namespace RmtCases.Web.Pages.Participants;

public sealed class NewModel(CaseFiles files, RmtDbContext db) : PageModel
{
    [BindProperty]
    public PersonInput Person { get; set; } = new();

    [BindProperty]
    public ParticipationInput Participation { get; set; } = new();

    public IReadOnlyList<SelectListItem> InformedByOptions { get; } = FormRules.Options<InformedBy>(i => i.Label());

    public sealed record ParticipationInput
    {
        [Display(Name = "Datum van instemming")]
        public string? AgreedOn { get; set; }

        [Display(Name = "Hoe is de deelnemer geïnformeerd?")]
        public InformedBy? InformedBy { get; set; }
    }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = files.Actor;
        var today = files.Today;
        var personErrors = new FormRules.Errors();
        Person.Validate(personErrors, today);
        var participationErrors = new FormRules.Errors();
        if (participationErrors.Date(Participation.AgreedOn, nameof(ParticipationInput.AgreedOn), "Vul de datum in waarop de deelnemer heeft ingestemd.") is { } agreed)
        {
            // A date of birth with a message of its own says nothing about the consent date yet.
            DateOnly? dateOfBirth = !personErrors.Has(nameof(PersonInput.DateOfBirth)) && FormRules.TryParseDate(Person.DateOfBirth, out var born) ? born : null;
            participationErrors.AddRange(ConsentRule.Validate(agreed, dateOfBirth, today, nameof(ParticipationInput.AgreedOn)));
        }

        if (Participation.InformedBy is null || !Enum.IsDefined(Participation.InformedBy.Value))
        {
            participationErrors.Add(nameof(ParticipationInput.InformedBy), "Kies hoe de deelnemer over de deelname is geïnformeerd.");
        }

        ModelState.AddErrors(nameof(Person), personErrors.List);
        ModelState.AddErrors(nameof(Participation), participationErrors.List);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        _ = FormRules.TryParseDate(Participation.AgreedOn, out var agreedOn);
        var participant = new Participant
        {
            RegionId = actor.RegionId,
            RegisteredAt = files.Now,
            RegisteredByOrganisationId = actor.OrganisationId,
            Person = Person.ToDetails(),
            ParticipationAgreedOn = agreedOn,
            InformedBy = Participation.InformedBy!.Value,
            ParticipationRecordedByUserId = actor.UserId,
        };
        // Involvement is what lets a union or employer-organisation user see the case they registered.
        participant.Involve(actor.OrganisationId, files.Now);
        db.Participants.Add(participant);
        files.Audit(AuditActions.ParticipantCreated, participant.Id, [Category.Person]);
        await files.SaveAsync(cancellationToken);
        return this.RedirectSaved($"/deelnemers/{participant.Id}");
    }
}
