using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of one work-history entry (category c), as typed.</summary>
public sealed record WorkInput
{
    [Display(Name = "Werkgever")]
    public string? Employer { get; set; }

    [Display(Name = "Functie")]
    public string? JobTitle { get; set; }

    [Display(Name = "Begindatum")]
    public string? StartDate { get; set; }

    [Display(Name = "Einddatum")]
    public string? EndDate { get; set; }

    [Display(Name = "Uren per week")]
    [NoBsnCheck]
    public string? HoursPerWeek { get; set; }

    public static WorkInput From(WorkHistoryEntry e) => new()
    {
        Employer = e.Employer,
        JobTitle = e.JobTitle,
        StartDate = Show.Iso(e.StartDate),
        EndDate = Show.Iso(e.EndDate),
        HoursPerWeek = Show.Number(e.HoursPerWeek),
    };

    public void Validate(FormRules.Errors errors, DateOnly dateOfBirth, DateOnly today)
    {
        errors.Require(Employer, nameof(Employer), "Vul de werkgever in.");
        errors.Require(JobTitle, nameof(JobTitle), "Vul de functie in.");
        PersonInput.CheckLength(errors, Employer, nameof(Employer), 200);
        PersonInput.CheckLength(errors, JobTitle, nameof(JobTitle), 200);
        var start = errors.Date(StartDate, nameof(StartDate), "Vul de begindatum in.");
        var end = errors.Date(EndDate, nameof(EndDate), null);
        if (start is { } s && (end is not null || string.IsNullOrWhiteSpace(EndDate)))
        {
            errors.AddRange(WorkHistoryRule.Validate(s, end, dateOfBirth, today, startField: nameof(StartDate), endField: nameof(EndDate)));
        }

        if (!string.IsNullOrWhiteSpace(HoursPerWeek) && !FormRules.TryParseHours(HoursPerWeek, out _))
        {
            errors.Add(nameof(HoursPerWeek), FormRules.HoursMessage);
        }

        errors.PlainText(this);
        errors.NoBsn(this);
    }

    public void ApplyTo(WorkHistoryEntry e)
    {
        e.Employer = FormRules.StoredRequired(Employer);
        e.JobTitle = FormRules.StoredRequired(JobTitle);
        _ = FormRules.TryParseDate(StartDate, out var start);
        e.StartDate = start;
        e.EndDate = FormRules.TryParseDate(EndDate, out var end) ? end : null;
        e.HoursPerWeek = FormRules.TryParseHours(HoursPerWeek, out var hours) ? hours : null;
    }
}
