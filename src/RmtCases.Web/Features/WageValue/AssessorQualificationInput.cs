using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Features.WageValue;

/// <summary>What an administrator types about an assessor's qualifications (Regeling loonkostensubsidie Participatiewet 2021, art. 3).</summary>
public sealed class AssessorQualificationInput
{
    public DiplomaKind? DiplomaKind { get; set; }
    public string? DiplomaTitle { get; set; }
    public DateOnly? DiplomaOn { get; set; }
    public DateOnly? ExperienceSince { get; set; }
    public DateOnly? KnowledgeUpdatedOn { get; set; }

    public const string UnknownKindMessage = "Kies een soort diploma uit de lijst.";

    public static AssessorQualificationInput From(AssessorQualification q) => new()
    {
        DiplomaKind = q.DiplomaKind,
        DiplomaTitle = q.DiplomaTitle,
        DiplomaOn = q.DiplomaOn,
        ExperienceSince = q.ExperienceSince,
        KnowledgeUpdatedOn = q.KnowledgeUpdatedOn,
    };

    /// <summary>
    /// Every message Dutch, next to its field. A date the binder could not read keeps the binder's message,
    /// which names the part to correct (DateOnlyModelBinder).
    /// </summary>
    public void Validate(FormRules.Errors errors, DateOnly today)
    {
        if (DiplomaKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(DiplomaKind), "Kies of de deskundige een hbo- of wo-getuigschrift heeft, of naar het oordeel van het college gelijkwaardige kwalificaties.");
        }

        if (string.IsNullOrWhiteSpace(DiplomaTitle))
        {
            errors.Add(nameof(DiplomaTitle), "Vul de naam van de opleiding of de gelijkwaardige kwalificatie in.");
        }
        else if (DiplomaTitle.Trim().Length > 200)
        {
            errors.Add(nameof(DiplomaTitle), "Gebruik hoogstens 200 tekens.");
        }

        Date(errors, DiplomaOn, nameof(DiplomaOn), "Vul de datum van het diploma of de kwalificatie in.", today);
        Date(errors, ExperienceSince, nameof(ExperienceSince), "Vul in sinds wanneer de deskundige relevante werkervaring heeft.", today);
        Date(errors, KnowledgeUpdatedOn, nameof(KnowledgeUpdatedOn), "Vul in wanneer de deskundige de kennis het laatst aantoonbaar heeft bijgehouden.", today);
    }

    public void ApplyTo(AssessorQualification q)
    {
        q.DiplomaKind = DiplomaKind!.Value;
        q.DiplomaTitle = DiplomaTitle!.Trim();
        q.DiplomaOn = DiplomaOn!.Value;
        q.ExperienceSince = ExperienceSince!.Value;
        q.KnowledgeUpdatedOn = KnowledgeUpdatedOn!.Value;
    }

    private static void Date(FormRules.Errors errors, DateOnly? value, string field, string missing, DateOnly today)
    {
        errors.Choose(value, field, missing);
        if (value > today)
        {
            errors.Add(field, "Deze datum kan niet in de toekomst liggen.");
        }
    }
}
