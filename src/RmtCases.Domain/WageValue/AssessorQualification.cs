namespace RmtCases.Domain.WageValue;

/// <summary>
/// The minimum qualifications of a loonwaardedeskundige as an administrator recorded them, with the dates
/// that make them checkable (Regeling loonkostensubsidie Participatiewet 2021, art. 3). Staff data, not a
/// participant's: one row per assessor account.
/// </summary>
public sealed class AssessorQualification
{
    public Guid UserId { get; set; }

    /// <summary>Art. 3(1)(a).</summary>
    public DiplomaKind DiplomaKind { get; set; }

    /// <summary>The name of the course or the equivalent qualification, e.g. "hbo Toegepaste Psychologie".</summary>
    public required string DiplomaTitle { get; set; }

    public DateOnly DiplomaOn { get; set; }

    /// <summary>Art. 3(1)(b): the start of the relevant experience (re-integration, disability assessment, wage value).</summary>
    public DateOnly ExperienceSince { get; set; }

    /// <summary>Art. 3(1)(c) and (d) and 3(2): the last time the knowledge of the rules and the labour market was shown to be up to date.</summary>
    public DateOnly KnowledgeUpdatedOn { get; set; }

    public Guid RecordedByUserId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public uint Version { get; set; }
}
