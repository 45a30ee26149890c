using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>What an administrator types about an assessor's qualifications (Regeling loonkostensubsidie Participatiewet 2021, art. 3).</summary>
public sealed class AssessorQualificationInput
{
    public DiplomaKind? DiplomaKind { get; set; }
    public string? DiplomaTitle { get; set; }
    public DateOnly? DiplomaOn { get; set; }
    public DateOnly? ExperienceSince { get; set; }
    public DateOnly? KnowledgeUpdatedOn { get; set; }

    public static AssessorQualificationInput From(AssessorQualification q) => new()
    {
        DiplomaKind = q.DiplomaKind,
        DiplomaTitle = q.DiplomaTitle,
        DiplomaOn = q.DiplomaOn,
        ExperienceSince = q.ExperienceSince,
        KnowledgeUpdatedOn = q.KnowledgeUpdatedOn,
    };
}
