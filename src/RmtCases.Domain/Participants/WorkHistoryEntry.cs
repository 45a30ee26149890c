namespace RmtCases.Domain.Participants;

public sealed class WorkHistoryEntry : IParticipantEntry
{
    public Guid Id { get; set; } = Ids.New();
    public Guid ParticipantId { get; set; }
    public required string Employer { get; set; }
    public required string JobTitle { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal? HoursPerWeek { get; set; }
}
