using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>The form of one mediation activity (category e), as typed.</summary>
public sealed record MediationInput
{
    [Display(Name = "Activiteit")]
    public MediationKind? Kind { get; set; }

    [Display(Name = "Datum")]
    public string? Date { get; set; }

    [Display(Name = "Vacature of functie")]
    public string? Vacancy { get; set; }

    [Display(Name = "Resultaat")]
    public MediationOutcome? Outcome { get; set; }

    public static MediationInput From(MediationActivity m) => new()
    {
        Kind = m.Kind,
        Date = Show.Iso(m.Date),
        Vacancy = m.Vacancy,
        Outcome = m.Outcome,
    };

    public void Validate(FormRules.Errors errors, DateOnly today)
    {
        if (Kind is null || !Enum.IsDefined(Kind.Value))
        {
            errors.Add(nameof(Kind), "Kies de activiteit.");
        }

        if (errors.Date(Date, nameof(Date), "Vul de datum in.") is { } date)
        {
            // A planned interview may lie ahead, a mistyped year may not.
            errors.AddRange(PeriodRule.Validate(date, null, today, 1, startField: nameof(Date)));
        }

        PersonInput.CheckLength(errors, Vacancy, nameof(Vacancy), 200);
        if (Outcome is null || !Enum.IsDefined(Outcome.Value))
        {
            errors.Add(nameof(Outcome), "Kies het resultaat.");
        }

        errors.PlainText(this);
        errors.NoBsn(this);
    }

    public void ApplyTo(MediationActivity m)
    {
        m.Kind = Kind!.Value;
        _ = FormRules.TryParseDate(Date, out var date);
        m.Date = date;
        m.Vacancy = PersonInput.Blank(Vacancy);
        m.Outcome = Outcome!.Value;
    }
}
