using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Dutch display of wage-value data, in <see cref="DutchFormat"/>'s formats.</summary>
public static class WageValueText
{
    /// <summary>A result percentage, rounded as the method prescribes, with one decimal: "76,5%".</summary>
    public static string Percent(decimal value) =>
        WageValueCalculator.Round(value).ToString("0.0", DutchFormat.Numbers) + "%";

    /// <summary>A measured component as typed: "87,5" or "80".</summary>
    public static string Number(decimal value) => DutchFormat.Number(value);

    public static string Date(DateOnly value) => DutchFormat.Date(value);

    public static string Date(DateOnly? value) => value is { } date ? Date(date) : "—";

    /// <summary>The Dutch calendar date of a moment: a finalisation at 00:30 in Amsterdam is that day, not the UTC day before.</summary>
    public static string Date(DateTimeOffset value) => Date(DutchFormat.DayInAmsterdam(value));

    public static string Status(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "Concept",
        AssessmentStatus.Final => "Definitief",
        AssessmentStatus.Superseded => "Vervangen door correctie",
        _ => status.ToString(),
    };

    public static string Channel(InvolvementChannel? channel) => channel switch
    {
        InvolvementChannel.InPerson => "In een gesprek",
        InvolvementChannel.Phone => "Telefonisch",
        InvolvementChannel.InWriting => "Schriftelijk",
        _ => "—",
    };

    public static string Review(ReviewKind? kind) => kind switch
    {
        ReviewKind.Objection => "Bezwaar",
        ReviewKind.SecondOpinion => "Tweede oordeel van een andere loonwaardedeskundige",
        _ => "Geen",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => "Niet vastgelegd",
    };

    public static string Prospective(string value, bool prospective) => prospective ? $"{value} (voorgenomen)" : value;
}
