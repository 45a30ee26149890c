namespace RmtCases.Domain.Participants;

public sealed class CurrentSituation
{
    public WorkStatus Status { get; set; }
    public string? Employer { get; set; }
    public string? JobTitle { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public DateOnly? ExpectedEndOfEmployment { get; set; }
}
