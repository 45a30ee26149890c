using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of the current work situation (category d), as typed.</summary>
public sealed record SituationInput
{
    [Display(Name = "Situatie")]
    public WorkStatus? Status { get; set; }

    [Display(Name = "Werkgever")]
    public string? Employer { get; set; }

    [Display(Name = "Functie")]
    public string? JobTitle { get; set; }

    [Display(Name = "Uren per week")]
    [NoBsnCheck]
    public string? HoursPerWeek { get; set; }

    [Display(Name = "Verwacht einde dienstverband")]
    public string? ExpectedEndOfEmployment { get; set; }

    public static SituationInput From(CurrentSituation? s) => s is null ? new() : new()
    {
        Status = s.Status,
        Employer = s.Employer,
        JobTitle = s.JobTitle,
        HoursPerWeek = Show.Number(s.HoursPerWeek),
        ExpectedEndOfEmployment = Show.Iso(s.ExpectedEndOfEmployment),
    };

    public void Validate(FormRules.Errors errors, DateOnly today)
    {
        if (Status is null || !Enum.IsDefined(Status.Value))
        {
            errors.Add(nameof(Status), "Kies de huidige situatie.");
        }

        PersonInput.CheckLength(errors, Employer, nameof(Employer), 200);
        PersonInput.CheckLength(errors, JobTitle, nameof(JobTitle), 200);
        if (!string.IsNullOrWhiteSpace(HoursPerWeek) && !FormRules.TryParseHours(HoursPerWeek, out _))
        {
            errors.Add(nameof(HoursPerWeek), FormRules.HoursMessage);
        }

        if (errors.Date(ExpectedEndOfEmployment, nameof(ExpectedEndOfEmployment), null) is { } end && end > today.AddYears(PeriodRule.DefaultMaxYearsAhead))
        {
            errors.Add(nameof(ExpectedEndOfEmployment), PeriodRule.TooFarAheadMessage(PeriodRule.DefaultMaxYearsAhead));
        }

        errors.PlainText(this);
        errors.NoBsn(this);
    }

    public CurrentSituation ToSituation() => new()
    {
        Status = Status!.Value,
        Employer = PersonInput.Blank(Employer),
        JobTitle = PersonInput.Blank(JobTitle),
        HoursPerWeek = FormRules.TryParseHours(HoursPerWeek, out var hours) ? hours : null,
        ExpectedEndOfEmployment = FormRules.TryParseDate(ExpectedEndOfEmployment, out var end) ? end : null,
    };
}
