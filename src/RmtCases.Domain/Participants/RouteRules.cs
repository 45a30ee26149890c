using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Participants;

/// <summary>The route's allowed steps, in one table. Completed needs an outcome, Aborted a reason, others neither.</summary>
public static class RouteRules
{
    private static readonly Dictionary<RoutePhase, RoutePhase[]> _next = new()
    {
        [RoutePhase.Registered] = [RoutePhase.Intake, RoutePhase.Aborted],
        [RoutePhase.Intake] = [RoutePhase.Plan, RoutePhase.Completed, RoutePhase.Aborted],
        [RoutePhase.Plan] = [RoutePhase.Execution, RoutePhase.Intake, RoutePhase.Completed, RoutePhase.Aborted],
        [RoutePhase.Execution] = [RoutePhase.Completed, RoutePhase.Plan, RoutePhase.Aborted],
        [RoutePhase.Completed] = [],
        [RoutePhase.Aborted] = [],
    };

    public const string NotAllowedMessage = "Deze stap is vanuit de huidige fase niet mogelijk. Kies een van de genoemde fasen.";
    public const string OutcomeRequiredMessage = "Kies het resultaat van het traject.";
    public const string ReasonRequiredMessage = "Kies de reden waarom het traject is afgebroken.";
    public const string OutcomeNotAllowedMessage = "Een resultaat hoort alleen bij de fase Afgerond.";
    public const string ReasonNotAllowedMessage = "Een reden hoort alleen bij de fase Afgebroken.";
    public const string WithdrawnMessage = "De deelname is beëindigd; het traject kan niet meer van fase veranderen.";

    /// <summary>The phases a route may move to from <paramref name="from"/>, in the order a form offers them.</summary>
    public static IReadOnlyList<RoutePhase> NextPhases(RoutePhase from) => _next.TryGetValue(from, out var next) ? next : [];

    public static bool IsFinal(this RoutePhase phase) => phase is RoutePhase.Completed or RoutePhase.Aborted;

    public static ValidationResult Validate(
        RoutePhase from, RoutePhase to, RouteOutcome? outcome, RouteAbortReason? reason, bool withdrawn = false)
    {
        if (withdrawn)
        {
            return ValidationResult.Failure("ToPhase", WithdrawnMessage);
        }

        if (!NextPhases(from).Contains(to))
        {
            return ValidationResult.Failure("ToPhase", NotAllowedMessage);
        }

        var errors = new List<FieldError>();
        if (to == RoutePhase.Completed && outcome is null)
        {
            errors.Add(new FieldError("Outcome", OutcomeRequiredMessage));
        }

        if (to != RoutePhase.Completed && outcome is not null)
        {
            errors.Add(new FieldError("Outcome", OutcomeNotAllowedMessage));
        }

        if (outcome is { } o && !Enum.IsDefined(o))
        {
            errors.Add(new FieldError("Outcome", OutcomeRequiredMessage));
        }

        if (to == RoutePhase.Aborted && reason is null)
        {
            errors.Add(new FieldError("AbortReason", ReasonRequiredMessage));
        }

        if (to != RoutePhase.Aborted && reason is not null)
        {
            errors.Add(new FieldError("AbortReason", ReasonNotAllowedMessage));
        }

        if (reason is { } r && !Enum.IsDefined(r))
        {
            errors.Add(new FieldError("AbortReason", ReasonRequiredMessage));
        }

        return ValidationResult.Of(errors);
    }
}
