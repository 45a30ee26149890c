namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset the tests move forward: an authenticator code works once per
/// 30-second step, so each test sign-in steps the clock instead of waiting.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
