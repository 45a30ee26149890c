using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.WageValue;

/// <summary>Replaces the model binder's generic messages for values it could not read, dates excepted.</summary>
public static class WageValueBinding
{
    private static readonly string[] _dateFields =
    [
        nameof(WageValueInput.WorkerDateOfBirth), nameof(WageValueInput.EmployerInputOn), nameof(WageValueInput.WorkerInvolvedOn),
        nameof(WageValueInput.ReviewOn), nameof(WageValueInput.ObservationDates), nameof(WageValueInput.EmployerViewOn),
        nameof(WageValueInput.SearchDateOfBirth),
    ];

    public static void UseDutchMessages(ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            // A date's message comes from its binder already, naming the part to correct (DateOnlyModelBinder).
            var field = key.Split('.').Last();
            if (_dateFields.Any(d => field.StartsWith(d, StringComparison.Ordinal)))
            {
                continue;
            }

            entry!.Errors.Clear();
            modelState.AddModelError(key, field == nameof(WageValueInput.ParticipantId)
                ? "Kies de deelnemer uit de lijst, of kies Geen deelnemer."
                : "Vul een geldige waarde in.");
        }
    }
}
