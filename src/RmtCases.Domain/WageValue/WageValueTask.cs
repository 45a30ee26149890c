namespace RmtCases.Domain.WageValue;

/// <summary>One main task: T × K × N × BT, each component argued (AP z2020-12081: each component is personal data).</summary>
public sealed class WageValueTask
{
    public Guid Id { get; set; } = Ids.New();
    public Guid AssessmentId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public decimal Tempo { get; set; }
    public required string TempoArgumentation { get; set; }
    public decimal Quality { get; set; }
    public required string QualityArgumentation { get; set; }
    public decimal NetWorkingTime { get; set; }
    public required string NetWorkingTimeArgumentation { get; set; }
    public decimal Share { get; set; }
    public required string ShareArgumentation { get; set; }
}
