using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The current work situation (category d).</summary>
[Requires(Requirement.Edit, Category = Category.CurrentSituation)]
public sealed class CurrentSituationModel(CaseFiles files) : RecordPage<SituationInput>(files)
{
    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> StatusOptions { get; } = FormRules.Options<WorkStatus>(s => s.Label());

    protected override SituationInput Form { get => Input; set => Input = value; }

    protected override string FormName => nameof(Input);

    protected override Category Section => Category.CurrentSituation;

    protected override string AuditName => nameof(Participant.CurrentSituation);

    protected override string Anchor => "situatie";

    protected override Task<SituationInput> StoredAsync(Participant participant, CancellationToken cancellationToken) =>
        Task.FromResult(SituationInput.From(participant.CurrentSituation));

    protected override Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        Input.Validate(errors, Files.Today);
        return Task.CompletedTask;
    }

    protected override Task<(SituationInput Before, SituationInput After)> ApplyAsync(Participant participant, CancellationToken cancellationToken)
    {
        var before = SituationInput.From(participant.CurrentSituation);
        var situation = Input.ToSituation();
        if (participant.CurrentSituation is { } existing)
        {
            existing.Status = situation.Status;
            existing.Employer = situation.Employer;
            existing.JobTitle = situation.JobTitle;
            existing.HoursPerWeek = situation.HoursPerWeek;
            existing.ExpectedEndOfEmployment = situation.ExpectedEndOfEmployment;
        }
        else
        {
            participant.CurrentSituation = situation;
        }

        return Task.FromResult((before, SituationInput.From(participant.CurrentSituation)));
    }
}
