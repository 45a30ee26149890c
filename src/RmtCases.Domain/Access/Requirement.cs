namespace RmtCases.Domain.Access;

/// <summary>
/// What a page or handler asks of the actor before it runs, declared on it and answered by
/// <see cref="AccessPolicy.Allows"/>. One question each, so a page names its rule instead of re-deriving it.
/// </summary>
public enum Requirement
{
    /// <summary>Participants in some scope: the case-file area.</summary>
    CaseFiles,

    /// <summary>See one category of a case file (the category is given with it).</summary>
    See,

    /// <summary>Change one category of a case file (the category is given with it).</summary>
    Edit,

    /// <summary>Be casehouder for one's own organisation: take, hand over or release a case.</summary>
    HoldCases,

    ManageInvolvements,

    Export,

    SubjectAccessReport,

    ReadWageValue,

    AssessWageValue,

    DecideWageValue,

    Administer,

    /// <summary>Management information: aggregates of a region, never a person.</summary>
    Figures,
}
