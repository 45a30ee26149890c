using RmtCases.Domain.Validation;

namespace RmtCases.Domain.WageValue;

/// <summary>Whether an assessor meets Regeling loonkostensubsidie Participatiewet 2021, art. 3 on a given day.</summary>
public static class AssessorQualificationRule
{
    public const string Field = "Assessor";
    public const string Source = "art. 3 Regeling loonkostensubsidie Participatiewet 2021";
    public const int MinimumYearsOfExperience = 2;

    /// <summary>
    /// The Regeling asks that knowledge is kept up to date demonstrably (art. 3(2)) but names no period;
    /// a yearly proof (a course, a refresher, peer review) is this application's choice.
    /// </summary>
    public const int KnowledgeValidMonths = 12;

    public const string MissingMessage =
        "Uw kwalificaties als loonwaardedeskundige zijn niet vastgelegd (" + Source + "). Vraag functioneel beheer ze vast te leggen; tot dan kunt u geen meting definitief maken.";

    public static string ExperienceMessage(DateOnly since) =>
        $"U hebt op deze datum minder dan twee jaar werkervaring als loonwaardedeskundige of in re-integratie (vastgelegd vanaf {Format(since)}; {Source}). Tot dan kunt u geen meting definitief maken.";

    public static string LapsedMessage(DateOnly updatedOn) =>
        $"Uw kennis als loonwaardedeskundige is het laatst op {Format(updatedOn)} bijgehouden, meer dan {KnowledgeValidMonths} maanden geleden ({Source}, tweede lid). Vraag functioneel beheer de nieuwe datum vast te leggen.";

    public static DateOnly QualifiedUntil(AssessorQualification q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return q.KnowledgeUpdatedOn.AddMonths(KnowledgeValidMonths);
    }

    public static ValidationResult Check(AssessorQualification? q, DateOnly today)
    {
        if (q is null)
        {
            return ValidationResult.Failure(Field, MissingMessage);
        }

        var errors = new List<FieldError>();
        if (q.ExperienceSince.AddYears(MinimumYearsOfExperience) > today)
        {
            errors.Add(new FieldError(Field, ExperienceMessage(q.ExperienceSince)));
        }

        // Valid up to and including the day twelve months on; from the day after it has lapsed.
        if (QualifiedUntil(q) < today || q.KnowledgeUpdatedOn > today)
        {
            errors.Add(new FieldError(Field, LapsedMessage(q.KnowledgeUpdatedOn)));
        }

        return ValidationResult.Of(errors);
    }

    private static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
