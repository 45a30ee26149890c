using System.Globalization;
using RmtCases.Domain.WageValue;

namespace RmtCases.Domain.Tests;

/// <summary>
/// Parses the compact notations of the test tables. xunit cannot put decimals or records in
/// [InlineData], and strings keep each row readable and individually reported.
/// </summary>
internal static class Table
{
    public static decimal Dec(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"T K N BT; T K N BT; …", one group per task; an empty string is no tasks.</summary>
    public static TaskMeasurement[] Tasks(string spec) =>
        [.. spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Task)];

    private static TaskMeasurement Task(string group)
    {
        var parts = group.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Dec).ToArray();
        return parts.Length == 4
            ? new TaskMeasurement(parts[0], parts[1], parts[2], parts[3])
            : throw new FormatException($"A task is 'T K N BT', got '{group}'.");
    }
}
