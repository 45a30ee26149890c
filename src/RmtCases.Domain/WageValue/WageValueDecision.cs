namespace RmtCases.Domain.WageValue;

/// <summary>The college's written vaststelling of the loonwaarde (Besluit loonkostensubsidie Participatiewet 2021, art. 3(2)).</summary>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="Reference">The decision's reference in the municipality's own records.</param>
/// <param name="Percentage">The loonwaarde as set, in whole percents.</param>
/// <param name="EffectiveFrom">From when the loonwaarde applies.</param>
/// <param name="NextAssessmentOn">When the loonwaarde is to be assessed again.</param>
public sealed record WageValueDecision(DateOnly? DecidedOn, string? Reference, int? Percentage, DateOnly? EffectiveFrom, DateOnly? NextAssessmentOn);
