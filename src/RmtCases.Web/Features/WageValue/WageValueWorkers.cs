using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Features.WageValue;

/// <summary>
/// Finds the worker among the participants of the assessor's own region, by surname and date of birth together
/// (issue 15 point 13: no id to paste). Both are asked so that a search names one person, not a list of the
/// region; row-level security keeps other regions out even if this query were wrong.
/// </summary>
public sealed class WageValueWorkers(RmtDbContext db, AccessPolicy policy, AuditLog audit)
{
    public const int MaxMatches = 10;
    public const string UnknownParticipantMessage = "Er is geen deelnemer met deze gegevens in uw regio. Zoek opnieuw, of kies Geen deelnemer.";
    public const string MissingTermsMessage = "Vul de achternaam en de geboortedatum van de deelnemer in.";
    public const string NoMatchMessage = "Geen deelnemer gevonden in uw regio met deze achternaam en geboortedatum. Controleer wat u hebt ingevuld, of kies Geen deelnemer.";

    // The name is joined in the final projection, which EF Core runs on the client.
    private static readonly Expression<Func<Participant, WorkerMatch>> _match = p =>
        new WorkerMatch(p.Id, PersonDetails.JoinName(p.Person.GivenNames, p.Person.Infix, p.Person.Surname), p.Person.DateOfBirth, p.Person.City);

    private IQueryable<Participant> Linkable(Actor actor) => policy.CanLinkWageValueWorker(actor)
        ? db.Participants.AsNoTracking().Where(p => p.RegionId == actor.RegionId)
        : db.Participants.Where(p => false);

    /// <summary>Runs the search typed into the form; the matches go onto <paramref name="input"/>, messages into the model state.</summary>
    public async Task SearchAsync(WageValueInput input, ModelStateDictionary modelState, Actor actor, CancellationToken cancellationToken)
    {
        var surnameKey = $"{WageValueForm.Prefix}.{nameof(input.SearchSurname)}";
        var dateKey = $"{WageValueForm.Prefix}.{nameof(input.SearchDateOfBirth)}";
        var surname = input.SearchSurname?.Trim() ?? "";
        // A date that is no date keeps its own message (which part to correct).
        var dateRefused = modelState.TryGetValue(dateKey, out var dateEntry) && dateEntry.Errors.Count > 0;
        if (!dateRefused && (surname.Length == 0 || input.SearchDateOfBirth is null))
        {
            modelState.AddModelError(surname.Length == 0 ? surnameKey : dateKey, MissingTermsMessage);
        }

        var plain = Domain.Validation.PlainText.Validate(surname, nameof(input.SearchSurname));
        foreach (var error in plain.Errors)
        {
            modelState.AddModelError(surnameKey, error.Message);
        }

        if (surname.Length > 200)
        {
            modelState.AddModelError(surnameKey, "Gebruik hoogstens 200 tekens.");
        }

        if (modelState[surnameKey]?.Errors.Count > 0 || modelState[dateKey]?.Errors.Count > 0 || input.SearchDateOfBirth is not { } dateOfBirth)
        {
            await ShowAsync(input, actor, cancellationToken);
            return;
        }

        // The same surname key and prefix match as the participant list (Pages/Participants/Index), so
        // "Ozturk" meets "Öztürk".
        var found = await Linkable(actor)
            .Where(p => DbText.StartsWith(EF.Property<string>(p.Person, "SurnameKey"), DbText.Unaccent(surname).ToLower())
                && p.Person.DateOfBirth == dateOfBirth)
            .OrderBy(p => EF.Property<string>(p.Person, "SurnameKey")).ThenBy(p => p.Id)
            .Take(MaxMatches)
            .Select(_match)
            .ToListAsync(cancellationToken);
        input.NothingFound = found.Count == 0;
        input.Matches = found;
        await audit.RecordAsync(AuditActions.ParticipantListed, categories: [Category.Person], cancellationToken: cancellationToken);
        await ShowAsync(input, actor, cancellationToken);
    }

    /// <summary>Adds the participant already linked (or chosen) to the choices, so the form shows it again.</summary>
    public async Task ShowAsync(WageValueInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (input.ParticipantId is { } id && input.Matches.All(m => m.Id != id)
            && await Linkable(actor).Where(p => p.Id == id).Select(_match).SingleOrDefaultAsync(cancellationToken) is { } linked)
        {
            input.Matches = [linked, .. input.Matches];
        }
    }

    /// <summary>A chosen participant must be one the assessor may link: of the own region. Adds the message otherwise.</summary>
    public async Task CheckAsync(WageValueInput input, Guid? alreadyLinked, ModelStateDictionary modelState, Actor actor, CancellationToken cancellationToken)
    {
        if (input.ParticipantId is { } id && id != alreadyLinked && !await Linkable(actor).AnyAsync(p => p.Id == id, cancellationToken))
        {
            modelState.AddModelError($"{WageValueForm.Prefix}.{nameof(input.ParticipantId)}", UnknownParticipantMessage);
        }
    }
}
