namespace RmtCases.Domain.Participants;

/// <summary>Category g: health data (GDPR art. 9). 0..1 per participant, in a table of its own.</summary>
public sealed class BanenafspraakIndication
{
    public Guid ParticipantId { get; set; }
    public int RegionId { get; set; }
    public bool InTargetGroup { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public Guid RecordedByOrganisationId { get; set; }
}
