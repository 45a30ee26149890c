using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// What the user loaded, kept in a hidden field, so that after a concurrent change the page can say
/// which fields the other person changed instead of only that something changed.
/// </summary>
public static class Snapshot
{
    public static string Of<T>(T input) => JsonSerializer.Serialize(input);

    public static T? Read<T>(string? json) where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The properties whose values differ, by code name.</summary>
    public static IReadOnlyList<PropertyInfo> Differences<T>(T before, T after) =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && !Equals(Normalise(p.GetValue(before)), Normalise(p.GetValue(after))))
            .ToList();

    public static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;

    /// <summary>
    /// Dutch message naming what the other person changed and what is stored now; null when the loaded
    /// snapshot is missing.
    /// </summary>
    public static string ConflictMessage<T>(T? loaded, T? current) where T : class
    {
        const string Tail = " Uw wijzigingen zijn niet opgeslagen. Uw invoer staat hieronder nog; controleer die en sla opnieuw op.";
        if (current is null)
        {
            return "Iemand anders heeft dit onderdeel intussen verwijderd. Uw wijzigingen zijn niet opgeslagen.";
        }

        if (loaded is null)
        {
            return "Iemand anders heeft dit dossier intussen gewijzigd." + Tail;
        }

        var changed = Differences(loaded, current);
        if (changed.Count == 0)
        {
            return "Iemand anders heeft intussen een ander onderdeel van dit dossier gewijzigd." + Tail;
        }

        var described = changed.Select(p => $"{Label(p)} (nu: {Shown(p.GetValue(current))})");
        return $"Iemand anders heeft dit intussen gewijzigd: {string.Join(", ", described)}." + Tail;
    }

    private static object? Normalise(object? value) => value is string s && string.IsNullOrWhiteSpace(s) ? null : value;

    private static string Shown(object? value) => value switch
    {
        null => "leeg",
        string s when string.IsNullOrWhiteSpace(s) => "leeg",
        bool b => b ? "ja" : "nee",
        EducationLevel e => e.Label(),
        WorkStatus e => e.Label(),
        MediationKind e => e.Label(),
        MediationOutcome e => e.Label(),
        ServiceType e => e.Label(),
        InformedBy e => e.Label(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "leeg",
    };
}
