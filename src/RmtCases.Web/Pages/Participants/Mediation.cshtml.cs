using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one labour-market mediation activity (category e).</summary>
[Requires(Requirement.Edit, Category = Category.Mediation)]
public sealed class MediationModel(CaseFiles files) : EntryPage<MediationActivity, MediationInput>(files)
{
    public IReadOnlyList<SelectListItem> KindOptions { get; } = FormRules.Options<MediationKind>(k => k.Label());

    public IReadOnlyList<SelectListItem> OutcomeOptions { get; } = FormRules.Options<MediationOutcome>(o => o.Label());

    protected override Category Section => Category.Mediation;

    protected override Expression<Func<Participant, IEnumerable<MediationActivity>>> Entries => p => p.Mediation;

    protected override ICollection<MediationActivity> EntriesOf(Participant participant) => participant.Mediation;

    protected override string AuditName => nameof(Participant.Mediation);

    protected override string Anchor => "bemiddeling";

    protected override MediationInput Blank() => new() { Date = Show.Iso(Files.Today) };

    protected override MediationInput ToInput(MediationActivity entry) => MediationInput.From(entry);

    // The organisation that did the activity is the one recording it.
    protected override MediationActivity NewEntry(Participant participant) =>
        new() { ParticipantId = participant.Id, OrganisationId = Files.Actor.OrganisationId };

    protected override void Apply(MediationInput input, MediationActivity entry) => input.ApplyTo(entry);

    protected override Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        Input.Validate(errors, Files.Today);
        return Task.CompletedTask;
    }
}
