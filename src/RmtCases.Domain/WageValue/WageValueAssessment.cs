namespace RmtCases.Domain.WageValue;

/// <summary>
/// A wage-value (loonwaarde) assessment: the municipality's own processing under the Participatiewet,
/// separate from the RMT. A finalised version is read-only; a correction is a new version in the same series.
/// </summary>
public sealed class WageValueAssessment
{
    public Guid Id { get; set; } = Ids.New();
    public Guid SeriesId { get; set; }
    public int VersionNumber { get; set; } = 1;
    public AssessmentStatus Status { get; set; } = AssessmentStatus.Draft;
    public int RegionId { get; set; }
    public Guid MunicipalityOrganisationId { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    // The worker: an RMT participant, or a person recorded with name and date of birth only.
    public Guid? ParticipantId { get; set; }
    public required string WorkerName { get; set; }
    public DateOnly WorkerDateOfBirth { get; set; }
    public bool WorkerIsProspective { get; set; }

    public required string EmployerName { get; set; }
    public bool EmployerIsProspective { get; set; }
    public required string JobTitle { get; set; }
    public List<DateOnly> ObservationDates { get; set; } = [];

    // Besluit loonkostensubsidie Participatiewet 2021, art. 1: what counts as a main task depends on these.
    public decimal? HoursPerWeek { get; set; }
    public decimal? HoursPerWorkingDay { get; set; }

    /// <summary>The full-time hours of the normfunctie ("aantal voltijdsuren" in the Regeling's model report).</summary>
    public decimal? FullTimeHoursPerWeek { get; set; }

    // Art. 3(3)(a): the function of an average worker outside the target group closest to the actual work.
    public string? NormFunctionName { get; set; }
    public NormFunctionSource? NormFunctionSource { get; set; }

    // AP z2020-12081: the employer's input and the worker's involvement are both recorded.
    public string? EmployerInputBy { get; set; }
    public DateOnly? EmployerInputOn { get; set; }
    public string? EmployerInputSummary { get; set; }

    public DateOnly? WorkerInvolvedOn { get; set; }
    public InvolvementChannel? WorkerInvolvementChannel { get; set; }
    public string? WorkerView { get; set; }

    // Besluit art. 3(3)(d): the worker's and the employer's opportunity to give their view on the findings.
    public ViewOutcome? WorkerViewOutcome { get; set; }
    public DateOnly? EmployerViewOn { get; set; }
    public InvolvementChannel? EmployerViewChannel { get; set; }
    public ViewOutcome? EmployerViewOutcome { get; set; }

    public ReviewKind? ReviewKind { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string? ReviewOutcome { get; set; }
    public ReviewResult? ReviewResult { get; set; }

    public DateTimeOffset? FinalisedAt { get; set; }
    public Guid? FinalisedByUserId { get; set; }

    // Regeling art. 3 and the model report: who the assessor was and on which qualification, as at finalisation.
    public string? AssessorName { get; set; }
    public string? AssessorQualificationSummary { get; set; }

    // Besluit art. 3(2): the college's vaststelling; only a vastgestelde loonwaarde counts for a subsidy.
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReference { get; set; }
    public int? DecidedPercentage { get; set; }
    public DateOnly? DecisionEffectiveFrom { get; set; }
    public DateOnly? NextAssessmentOn { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public bool IsDecided => DecidedAt is not null;

    public List<WageValueTask> Tasks { get; } = [];

    public uint Version { get; set; }
}
