namespace RmtCases.Domain.WageValue;

/// <summary>What the finalisation rules need to know beyond the measurement; the app decides what counts as recorded.</summary>
/// <param name="WorkerInvolvementRecorded">AP z2020-12081: when and how the worker was involved, and what they said or that they waived.</param>
/// <param name="EmployerInputRecorded">AP z2020-12081: who gave the employer's input, when, and a summary.</param>
/// <param name="WorkerViewRecorded">Besluit art. 3(3)(d): the worker's opportunity for a view, with its outcome.</param>
/// <param name="EmployerViewRecorded">Besluit art. 3(3)(d): the employer's opportunity for a view, with its outcome.</param>
/// <param name="NormFunctionRecorded">Besluit art. 3(3)(a): the normfunctie and its source.</param>
/// <param name="WorkingTime">The working time per week and per day; null when not recorded.</param>
/// <param name="Assessor">The finalising assessor's recorded qualifications; null when none.</param>
/// <param name="Today">The Dutch calendar day of the finalisation.</param>
public sealed record FinalisationFacts(
    bool WorkerInvolvementRecorded,
    bool EmployerInputRecorded,
    bool WorkerViewRecorded,
    bool EmployerViewRecorded,
    bool NormFunctionRecorded,
    WorkingTime? WorkingTime,
    AssessorQualification? Assessor,
    DateOnly Today);
