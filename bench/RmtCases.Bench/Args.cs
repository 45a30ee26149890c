using System.Globalization;

namespace RmtCases.Bench;

/// <summary>`--name value` options after the sub-command.</summary>
internal sealed class Args(string[] args)
{
    public string? Get(string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public int Int(string name, int fallback) =>
        Get(name) is { } value ? int.Parse(value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string Require(string name, string environment) =>
        Get(name) ?? Environment.GetEnvironmentVariable(environment)
        ?? throw new InvalidOperationException($"--{name} or {environment} is required.");
}
