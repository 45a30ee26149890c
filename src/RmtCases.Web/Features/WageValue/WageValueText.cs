using System.Globalization;
using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Dutch display of wage-value data, in <see cref="DutchFormat"/>'s formats.</summary>
public static class WageValueText
{
    /// <summary>An intermediate figure (a task's arbeidsprestatie), with one decimal: "76,5%".</summary>
    public static string Percent(decimal value) =>
        WageValueCalculator.Round(value).ToString("0.0", DutchFormat.Numbers) + "%";

    /// <summary>The loonwaarde in whole percents (Besluit art. 3(1)): "71%".</summary>
    public static string WageValue(WageValueResult result) => WageValue(result.Percentage);

    public static string WageValue(int percentage) => percentage.ToString(CultureInfo.InvariantCulture) + "%";

    public static string Hours(decimal? value) => value is { } hours ? DutchFormat.Number(hours) + " uur" : DutchFormat.Missing;

    public static string Money(decimal amount) => DutchFormat.Money(amount);

    public static string View(ViewOutcome? outcome) => outcome switch
    {
        ViewOutcome.Agrees => "Eens met de bevindingen",
        ViewOutcome.DisagreesInPart => "Oneens op onderdelen",
        ViewOutcome.Disagrees => "Oneens",
        ViewOutcome.Waived => "Heeft afgezien van een zienswijze",
        _ => "Niet vastgelegd",
    };

    public static string Source(NormFunctionSource? source) => source switch
    {
        NormFunctionSource.FunctionDatabase => "Functiedatabank",
        NormFunctionSource.EmployerCollectiveAgreement => "Cao van de werkgever",
        NormFunctionSource.EmployerJobDescription => "Functiebeschrijving van de werkgever",
        NormFunctionSource.SectorCollectiveAgreement => "Cao in de sector",
        _ => DutchFormat.Missing,
    };

    public static string NormFunction(WageValueAssessment a) =>
        string.IsNullOrWhiteSpace(a.NormFunctionName) ? DutchFormat.Missing : $"{a.NormFunctionName} (bron: {Source(a.NormFunctionSource)})";

    public static string Diploma(DiplomaKind kind) => kind switch
    {
        DiplomaKind.HigherEducation => "Getuigschrift van een relevante hbo- of wo-opleiding",
        DiplomaKind.EquivalentByCollege => "Naar het oordeel van het college gelijkwaardige kwalificaties",
        _ => kind.ToString(),
    };

    /// <summary>The qualification as the report names it (Regeling art. 3): diploma, experience and knowledge, each with its date.</summary>
    public static string Qualification(AssessorQualification q) =>
        $"{Diploma(q.DiplomaKind)}: {q.DiplomaTitle} ({Date(q.DiplomaOn)}); werkervaring sinds {Date(q.ExperienceSince)}; " +
        $"kennis van regelgeving en arbeidsmarkt bijgehouden op {Date(q.KnowledgeUpdatedOn)}";

    /// <summary>Where an assessment stands: a final version the college has set reads "Vastgesteld".</summary>
    public static string Status(WageValueAssessment a) =>
        a is { Status: AssessmentStatus.Final, IsDecided: true } ? "Definitief en vastgesteld" : Status(a.Status);

    /// <summary>A measured component as typed: "87,5" or "80".</summary>
    public static string Number(decimal value) => DutchFormat.Number(value);

    public static string Date(DateOnly value) => DutchFormat.Date(value);

    public static string Date(DateOnly? value) => DutchFormat.Date(value);

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
        _ => DutchFormat.Missing,
    };

    public static string Review(ReviewKind? kind) => kind switch
    {
        ReviewKind.Objection => "Bezwaar",
        ReviewKind.SecondOpinion => "Tweede oordeel van een andere loonwaardedeskundige",
        _ => "Geen",
    };

    public static string Review(ReviewResult? result) => result switch
    {
        ReviewResult.Upheld => "Gegrond: de loonwaarde is gewijzigd",
        ReviewResult.PartlyUpheld => "Deels gegrond",
        ReviewResult.Rejected => "Ongegrond: de loonwaarde blijft",
        _ => DutchFormat.Missing,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => "Niet vastgelegd",
    };

    public static string Prospective(string value, bool prospective) => prospective ? $"{value} (voorgenomen)" : value;
}
