using Microsoft.AspNetCore.Mvc;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The participant's personal details (category a).</summary>
[Requires(Requirement.Edit, Category = Category.Person)]
public sealed class EditPersonModel(CaseFiles files) : RecordPage<PersonInput>(files)
{
    [BindProperty]
    public PersonInput Person { get; set; } = new();

    protected override PersonInput Form { get => Person; set => Person = value; }

    protected override string FormName => nameof(Person);

    protected override Category Section => Category.Person;

    protected override string AuditName => nameof(Participant.Person);

    protected override string Anchor => "persoon";

    protected override Task<PersonInput> StoredAsync(Participant participant, CancellationToken cancellationToken) =>
        Task.FromResult(PersonInput.From(participant.Person));

    protected override Task ValidateAsync(FormRules.Errors errors, Participant participant, CancellationToken cancellationToken)
    {
        Person.Validate(errors, Files.Today);
        if (!errors.Has(nameof(PersonInput.DateOfBirth)) && FormRules.TryParseDate(Person.DateOfBirth, out var dateOfBirth))
        {
            errors.AddRange(ConsentRule.ValidateDateOfBirth(dateOfBirth, participant.ParticipationAgreedOn, nameof(PersonInput.DateOfBirth)));
        }

        return Task.CompletedTask;
    }

    protected override Task<(PersonInput Before, PersonInput After)> ApplyAsync(Participant participant, CancellationToken cancellationToken)
    {
        var before = PersonInput.From(participant.Person);
        Person.ApplyTo(participant.Person);
        return Task.FromResult((before, PersonInput.From(participant.Person)));
    }
}
