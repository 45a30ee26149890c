using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

public sealed class TaskInput
{
    public string? Name { get; set; }
    public string? Tempo { get; set; }
    public string? TempoArgumentation { get; set; }
    public string? Quality { get; set; }
    public string? QualityArgumentation { get; set; }
    public string? NetWorkingTime { get; set; }
    public string? NetWorkingTimeArgumentation { get; set; }
    public string? Share { get; set; }
    public string? ShareArgumentation { get; set; }

    /// <summary>A row counts when anything was typed in it; the rest of the five rows are spare.</summary>
    public bool IsEmpty => new[]
    {
        Name, Tempo, TempoArgumentation, Quality, QualityArgumentation,
        NetWorkingTime, NetWorkingTimeArgumentation, Share, ShareArgumentation,
    }.All(string.IsNullOrWhiteSpace);

    public static TaskInput From(WageValueTask t) => new()
    {
        Name = t.Name,
        Tempo = WageValueText.Number(t.Tempo),
        TempoArgumentation = t.TempoArgumentation,
        Quality = WageValueText.Number(t.Quality),
        QualityArgumentation = t.QualityArgumentation,
        NetWorkingTime = WageValueText.Number(t.NetWorkingTime),
        NetWorkingTimeArgumentation = t.NetWorkingTimeArgumentation,
        Share = WageValueText.Number(t.Share),
        ShareArgumentation = t.ShareArgumentation,
    };
}
