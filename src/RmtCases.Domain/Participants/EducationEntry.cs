namespace RmtCases.Domain.Participants;

public sealed class EducationEntry : IParticipantEntry
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
