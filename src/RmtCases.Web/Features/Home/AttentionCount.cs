namespace RmtCases.Web.Features.Home;

/// <summary>A count on the home page, stopped at <see cref="Cap"/> so it stays cheap at national scale.</summary>
public readonly record struct AttentionCount(int Value)
{
    public const int Cap = 100;

    public bool Capped => Value >= Cap;

    public override string ToString() => Capped ? $"meer dan {Cap - 1}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
