using RmtCases.Domain.Organisations;

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
    public DateTimeOffset RegisteredAt { get; set; }
    public Guid RegisteredByOrganisationId { get; set; }

    // (a) persoonsgegevens
    public required PersonDetails Person { get; set; }

    // Voluntary participation: the record that the person agreed, and how they were informed.
    public DateOnly ParticipationAgreedOn { get; set; }
    public InformedBy InformedBy { get; set; }
    public Guid ParticipationRecordedByUserId { get; set; }

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

    public void Withdraw(DateOnly on, WithdrawalReason reason)
    {
        Status = ParticipantStatus.Withdrawn;
        WithdrawnOn = on;
        WithdrawalReason = reason;
    }
}

public sealed class PersonDetails
{
    public required string GivenNames { get; set; }
    public string? Infix { get; set; }
    public required string Surname { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Street { get; set; }
    public required string HouseNumber { get; set; }
    public required string Postcode { get; set; }
    public required string City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public string FullName => string.Join(' ', new[] { GivenNames, Infix, Surname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public sealed class CurrentSituation
{
    public WorkStatus Status { get; set; }
    public string? Employer { get; set; }
    public string? JobTitle { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public DateOnly? ExpectedEndOfEmployment { get; set; }
}

public sealed class EducationEntry
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public EducationLevel Level { get; set; }
    public required string Programme { get; set; }
    public string? Institution { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public bool DiplomaObtained { get; set; }
}

public sealed class WorkHistoryEntry
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public required string Employer { get; set; }
    public required string JobTitle { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal? HoursPerWeek { get; set; }
}

public sealed class MediationActivity
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public MediationKind Kind { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>The vacancy or job concerned; a short title, not a notes field.</summary>
    public string? Vacancy { get; set; }
    public MediationOutcome Outcome { get; set; }
    public Guid? OrganisationId { get; set; }
}

public sealed class ServiceDelivery
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public ServiceType ServiceType { get; set; }
    public Guid ProviderOrganisationId { get; set; }
    public Organisation? Provider { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>Euros with cents.</summary>
    public decimal Cost { get; set; }
}

/// <summary>Category g: health data (GDPR art. 9). 0..1 per participant, in a table of its own.</summary>
public sealed class BanenafspraakIndication
{
    public Guid ParticipantId { get; set; }
    public int RegionId { get; set; }
    public bool InTargetGroup { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public Guid RecordedByOrganisationId { get; set; }
}

public sealed class CaseInvolvement
{
    public Guid ParticipantId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset Since { get; set; }
}
