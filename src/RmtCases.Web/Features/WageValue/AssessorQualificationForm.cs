using Microsoft.AspNetCore.Mvc.ModelBinding;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Checks the administrator's form; every message Dutch, next to its field.</summary>
public static class AssessorQualificationForm
{
    public const string Prefix = "Qualification";

    /// <summary>Adds the errors to <paramref name="modelState"/>; true when the input may be applied.</summary>
    public static bool Check(AssessorQualificationInput input, ModelStateDictionary modelState, TimeProvider time)
    {
        // The dates' messages come from their binder already, naming the part to correct (DateOnlyModelBinder).
        if (modelState.TryGetValue($"{Prefix}.{nameof(input.DiplomaKind)}", out var kindEntry) && kindEntry.Errors.Count > 0)
        {
            kindEntry.Errors.Clear();
            Add(modelState, nameof(input.DiplomaKind), "Kies een soort diploma uit de lijst.");
        }

        var today = time.TodayInNetherlands();
        if (input.DiplomaKind is not { } kind || !Enum.IsDefined(kind))
        {
            Add(modelState, nameof(input.DiplomaKind), "Kies of de deskundige een hbo- of wo-getuigschrift heeft, of naar het oordeel van het college gelijkwaardige kwalificaties.");
        }

        if (string.IsNullOrWhiteSpace(input.DiplomaTitle))
        {
            Add(modelState, nameof(input.DiplomaTitle), "Vul de naam van de opleiding of de gelijkwaardige kwalificatie in.");
        }
        else if (input.DiplomaTitle.Trim().Length > 200)
        {
            Add(modelState, nameof(input.DiplomaTitle), "Gebruik hoogstens 200 tekens.");
        }

        Date(modelState, input.DiplomaOn, nameof(input.DiplomaOn), "Vul de datum van het diploma of de kwalificatie in.", today);
        Date(modelState, input.ExperienceSince, nameof(input.ExperienceSince), "Vul in sinds wanneer de deskundige relevante werkervaring heeft.", today);
        Date(modelState, input.KnowledgeUpdatedOn, nameof(input.KnowledgeUpdatedOn), "Vul in wanneer de deskundige de kennis het laatst aantoonbaar heeft bijgehouden.", today);
        return modelState.IsValid;
    }

    public static void Apply(AssessorQualificationInput input, AssessorQualification q)
    {
        q.DiplomaKind = input.DiplomaKind!.Value;
        q.DiplomaTitle = input.DiplomaTitle!.Trim();
        q.DiplomaOn = input.DiplomaOn!.Value;
        q.ExperienceSince = input.ExperienceSince!.Value;
        q.KnowledgeUpdatedOn = input.KnowledgeUpdatedOn!.Value;
    }

    private static void Date(ModelStateDictionary modelState, DateOnly? value, string field, string missing, DateOnly today)
    {
        if (modelState.TryGetValue($"{Prefix}.{field}", out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        if (value is null)
        {
            Add(modelState, field, missing);
        }
        else if (value > today)
        {
            Add(modelState, field, "Deze datum kan niet in de toekomst liggen.");
        }
    }

    private static void Add(ModelStateDictionary modelState, string field, string message) =>
        modelState.AddModelError($"{Prefix}.{field}", message);
}
