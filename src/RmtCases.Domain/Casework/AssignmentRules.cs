using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Casework;

/// <summary>
/// Taking, handing over and releasing a case for one organisation. Moving a case a colleague holds needs a reason
/// from the list; one's own, or an unheld one, does not.
/// </summary>
public static class AssignmentRules
{
    public const string ReasonRequiredMessage = "Kies de reden waarom u de zaak van uw collega verplaatst.";
    public const string ColleagueRequiredMessage = "Kies een collega van uw organisatie.";
    public const string AlreadyHeldMessage = "Deze collega is al casehouder.";
    public const string NotHeldMessage = "Niemand van uw organisatie is casehouder; er is niets vrij te geven.";

    /// <param name="currentHolder">The organisation's casehouder now, if any.</param>
    /// <param name="actorUserId">The caseworker who makes the change.</param>
    /// <param name="newHolder">The casehouder after the change; null to release.</param>
    /// <param name="colleagues">The caseworkers of the organisation who may hold the case.</param>
    public static ValidationResult Validate(
        Guid? currentHolder, Guid actorUserId, Guid? newHolder, AssignmentReason? reason, IReadOnlyCollection<Guid> colleagues)
    {
        var errors = new List<FieldError>();
        if (newHolder is { } holder && !colleagues.Contains(holder))
        {
            errors.Add(new FieldError("UserId", ColleagueRequiredMessage));
        }
        else if (newHolder is not null && newHolder == currentHolder)
        {
            errors.Add(new FieldError("UserId", AlreadyHeldMessage));
        }
        else if (newHolder is null && currentHolder is null)
        {
            errors.Add(new FieldError("UserId", NotHeldMessage));
        }

        if (MovesSomeoneElses(currentHolder, actorUserId) && (reason is null || !Enum.IsDefined(reason.Value)))
        {
            errors.Add(new FieldError("Reason", ReasonRequiredMessage));
        }

        return ValidationResult.Of(errors);
    }

    public static bool MovesSomeoneElses(Guid? currentHolder, Guid actorUserId) => currentHolder is { } h && h != actorUserId;
}
