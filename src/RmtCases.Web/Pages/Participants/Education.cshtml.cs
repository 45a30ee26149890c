using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one education entry (category b).</summary>
[Requires(Requirement.Edit, Category = Category.Education)]
public sealed class EducationModel(CaseFiles files) : EntryPage<EducationEntry, EducationInput>(files)
{
    public IReadOnlyList<SelectListItem> LevelOptions { get; } = FormRules.Options<EducationLevel>(l => l.Label());

    protected override Category Section => Category.Education;

    protected override Expression<Func<Participant, IEnumerable<EducationEntry>>> Entries => p => p.Education;

    protected override ICollection<EducationEntry> EntriesOf(Participant participant) => participant.Education;

    protected override string AuditName => nameof(Participant.Education);

    protected override string Anchor => "opleiding";

    protected override EducationInput ToInput(EducationEntry entry) => EducationInput.From(entry);

    protected override EducationEntry NewEntry(Participant participant) => new() { ParticipantId = participant.Id, Programme = "" };

    protected override void Apply(EducationInput input, EducationEntry entry) => input.ApplyTo(entry);

    protected override Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        Input.Validate(errors, Files.Today);
        return Task.CompletedTask;
    }
}
