using RmtCases.Domain.Validation;

namespace RmtCases.Domain.Participants;

/// <summary>
/// A person taking part in an RMT route. Holds categories a–f; category g lives apart in
/// <see cref="BanenafspraakIndication"/> so that no navigation can load it by accident.
/// </summary>
public sealed class Participant
{
    public Guid Id { get; set; } = Ids.New();
    public int RegionId { get; set; }
    public ParticipantStatus Status { get; set; } = ParticipantStatus.Active;
    // A route starts at Aangemeld on registration: whoever registers sets the time once, and the phase's "since" with
    // it (the case file showed "Aangemeld sinds 01-01-0001" for every new registration).
    public DateTimeOffset RegisteredAt
    {
        get => _registeredAt;
        set
        {
            _registeredAt = value;
            if (RoutePhaseSince == default)
            {
                RoutePhaseSince = value;
            }
        }
    }

    private DateTimeOffset _registeredAt;
    public Guid RegisteredByOrganisationId { get; set; }

    // (a) persoonsgegevens
    public required PersonDetails Person { get; set; }

    // Voluntary participation: the record that the person agreed, and how they were informed.
    public DateOnly ParticipationAgreedOn { get; set; }
    public InformedBy InformedBy { get; set; }
    public Guid ParticipationRecordedByUserId { get; set; }

    // The route (category e): its current phase, since when, and how it ended. The steps are in PhaseHistory.
    public RoutePhase RoutePhase { get; set; } = RoutePhase.Registered;
    public DateTimeOffset RoutePhaseSince { get; set; }
    public RouteOutcome? RouteOutcome { get; set; }
    public RouteAbortReason? RouteAbortReason { get; set; }
    public List<RoutePhaseChange> PhaseHistory { get; } = [];

    public DateOnly? WithdrawnOn { get; set; }
    public WithdrawalReason? WithdrawalReason { get; set; }

    // (d) huidige arbeidssituatie
    public CurrentSituation? CurrentSituation { get; set; }

    // (b), (c), (e), (f)
    public List<EducationEntry> Education { get; } = [];
    public List<WorkHistoryEntry> WorkHistory { get; } = [];
    public List<MediationActivity> Mediation { get; } = [];
    public List<ServiceDelivery> ServiceDeliveries { get; } = [];

    public List<CaseInvolvement> Involvements { get; } = [];

    /// <summary>PostgreSQL xmin: a concurrent edit is detected, never overwritten.</summary>
    public uint Version { get; set; }

    public bool IsWithdrawn => Status == ParticipantStatus.Withdrawn;

    public void Involve(Guid organisationId, DateTimeOffset now)
    {
        if (Involvements.All(i => i.OrganisationId != organisationId))
        {
            Involvements.Add(new CaseInvolvement { ParticipantId = Id, OrganisationId = organisationId, Since = now });
        }
    }

    /// <summary>Ends an organisation's involvement; its staff then no longer reach the case (union and employer scope).</summary>
    public bool EndInvolvement(Guid organisationId) => Involvements.RemoveAll(i => i.OrganisationId == organisationId) > 0;

    /// <summary>
    /// Moves the route one allowed step (<see cref="RouteRules"/>) and records the step. The caller audits it.
    /// Only the new row is added to <see cref="PhaseHistory"/>; the history need not be loaded.
    /// </summary>
    public ValidationResult ChangePhase(
        RoutePhase to, RouteOutcome? outcome, RouteAbortReason? reason, DateTimeOffset now, Guid byOrganisationId, Guid byUserId)
    {
        var result = RouteRules.Validate(RoutePhase, to, outcome, reason, IsWithdrawn);
        if (!result.IsValid)
        {
            return result;
        }

        PhaseHistory.Add(new RoutePhaseChange
        {
            ParticipantId = Id,
            FromPhase = RoutePhase,
            ToPhase = to,
            Outcome = outcome,
            AbortReason = reason,
            ChangedAt = now,
            ByOrganisationId = byOrganisationId,
            ByUserId = byUserId,
        });
        RoutePhase = to;
        RoutePhaseSince = now;
        RouteOutcome = outcome;
        RouteAbortReason = reason;
        return result;
    }

    public void Withdraw(DateOnly on, WithdrawalReason reason)
    {
        Status = ParticipantStatus.Withdrawn;
        WithdrawnOn = on;
        WithdrawalReason = reason;
    }

    /// <summary>Undoes a withdrawal: possible until the erasure date, after which the data are gone.</summary>
    public void Restore()
    {
        Status = ParticipantStatus.Active;
        WithdrawnOn = null;
        WithdrawalReason = null;
    }
}
