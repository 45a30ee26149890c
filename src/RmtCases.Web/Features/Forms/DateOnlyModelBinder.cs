using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// Binds a <see cref="DateOnly"/> from what <see cref="DateInputValueProvider"/> composes, with the formats
/// <see cref="FormRules.TryParseDate"/> reads and nothing else. The framework's converter reads text in the
/// invariant culture, month first: parts "5", "13", "2024" (no date) would come back as 13 May. A value that is
/// no date keeps what was typed, so the three fields show it again, and gets the message that names the part.
/// </summary>
public sealed class DateOnlyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            // Three empty fields send nothing to bind, but they were there: a list of dates (the observation
            // dates) binds on past an empty one, as it did when an empty date input sent "".
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType && bindingContext.ValueProvider.ContainsPrefix(bindingContext.ModelName))
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        var value = result.FirstValue?.Trim();
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: value);
        if (string.IsNullOrEmpty(value))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DutchValidationMessages.Missing);
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
        else if (FormRules.TryParseDate(value, out var date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, FormRules.DateProblem(value));
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
