namespace RmtCases.Domain.Participants;

public sealed class MediationActivity : IParticipantEntry
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
