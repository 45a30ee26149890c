using System.Linq.Expressions;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Add ("nieuw"), correct or remove one work-history entry (category c).</summary>
[Requires(Requirement.Edit, Category = Category.WorkHistory)]
public sealed class WorkHistoryModel(CaseFiles files) : EntryPage<WorkHistoryEntry, WorkInput>(files)
{
    protected override Category Section => Category.WorkHistory;

    protected override Expression<Func<Participant, IEnumerable<WorkHistoryEntry>>> Entries => p => p.WorkHistory;

    protected override ICollection<WorkHistoryEntry> EntriesOf(Participant participant) => participant.WorkHistory;

    protected override string AuditName => nameof(Participant.WorkHistory);

    protected override string Anchor => "arbeidsverleden";

    protected override WorkInput ToInput(WorkHistoryEntry entry) => WorkInput.From(entry);

    protected override WorkHistoryEntry NewEntry(Participant participant) => new() { ParticipantId = participant.Id, Employer = "", JobTitle = "" };

    protected override void Apply(WorkInput input, WorkHistoryEntry entry) => input.ApplyTo(entry);

    protected override Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        Input.Validate(errors, participant.Person.DateOfBirth, Files.Today);
        return Task.CompletedTask;
    }
}
