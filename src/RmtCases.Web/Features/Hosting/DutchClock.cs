namespace RmtCases.Web.Features.Hosting;

public static class DutchClock
{
    /// <summary>Today's date in the Netherlands: an age or a period is judged by the Dutch calendar day.</summary>
    public static DateOnly TodayInNetherlands(this TimeProvider time) => DutchFormat.DayInAmsterdam(time.GetUtcNow());
}
