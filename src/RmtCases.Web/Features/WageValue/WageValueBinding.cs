using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Replaces the model binder's English messages for values it could not read.</summary>
public static class WageValueBinding
{
    private static readonly string[] _dateFields =
    [
        nameof(WageValueInput.WorkerDateOfBirth), nameof(WageValueInput.EmployerInputOn), nameof(WageValueInput.WorkerInvolvedOn),
        nameof(WageValueInput.ReviewOn), nameof(WageValueInput.ObservationDates), nameof(WageValueInput.EmployerViewOn),
    ];

    public static void UseDutchMessages(ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            entry!.Errors.Clear();
            var field = key.Split('.').Last();
            modelState.AddModelError(key, field == nameof(WageValueInput.ParticipantId)
                ? "Vul een geldig deelnemernummer in, of laat het veld leeg."
                : _dateFields.Any(d => field.StartsWith(d, StringComparison.Ordinal))
                    ? "Vul een geldige datum in."
                    : "Vul een geldige waarde in.");
        }
    }
}
