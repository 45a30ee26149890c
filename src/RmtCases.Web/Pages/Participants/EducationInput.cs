using System.ComponentModel.DataAnnotations;
using System.Globalization;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of one education entry (category b), as typed.</summary>
public sealed record EducationInput
{
    [Display(Name = "Niveau")]
    public EducationLevel? Level { get; set; }

    [Display(Name = "Opleiding")]
    public string? Programme { get; set; }

    [Display(Name = "Onderwijsinstelling")]
    public string? Institution { get; set; }

    [Display(Name = "Beginjaar")]
    [NoBsnCheck]
    public string? StartYear { get; set; }

    [Display(Name = "Eindjaar")]
    [NoBsnCheck]
    public string? EndYear { get; set; }

    [Display(Name = "Diploma behaald")]
    public bool DiplomaObtained { get; set; }

    public static EducationInput From(EducationEntry e) => new()
    {
        Level = e.Level,
        Programme = e.Programme,
        Institution = e.Institution,
        StartYear = e.StartYear?.ToString(CultureInfo.InvariantCulture),
        EndYear = e.EndYear?.ToString(CultureInfo.InvariantCulture),
        DiplomaObtained = e.DiplomaObtained,
    };

    public void Validate(FormRules.Errors errors, DateOnly today)
    {
        if (Level is null || !Enum.IsDefined(Level.Value))
        {
            errors.Add(nameof(Level), "Kies het niveau van de opleiding.");
        }

        errors.Require(Programme, nameof(Programme), "Vul de naam van de opleiding in.");
        PersonInput.CheckLength(errors, Programme, nameof(Programme), 200);
        PersonInput.CheckLength(errors, Institution, nameof(Institution), 200);
        var start = Year(errors, StartYear, nameof(StartYear), today);
        var end = Year(errors, EndYear, nameof(EndYear), today);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(nameof(EndYear), "Het eindjaar moet gelijk zijn aan of na het beginjaar liggen.");
        }

        errors.PlainText(this);
        errors.NoBsn(this);
    }

    // A school year typed as four digits; not before the oldest participant's youth, not beyond five years ahead.
    private static int? Year(FormRules.Errors errors, string? value, string field, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1940 && year <= today.Year + 5)
        {
            return year;
        }

        errors.Add(field, $"Vul een jaartal in van vier cijfers, tussen 1940 en {today.Year + 5}.");
        return null;
    }

    public void ApplyTo(EducationEntry e)
    {
        e.Level = Level!.Value;
        e.Programme = FormRules.StoredRequired(Programme);
        e.Institution = PersonInput.Blank(Institution);
        e.StartYear = int.TryParse(StartYear, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : null;
        e.EndYear = int.TryParse(EndYear, NumberStyles.None, CultureInfo.InvariantCulture, out var end) ? end : null;
        e.DiplomaObtained = DiplomaObtained;
    }
}
