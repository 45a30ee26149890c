using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// Binds true/false as the framework does, but keeps an unreadable value out of the model state's raw value:
/// the checkbox tag helper converts that raw value back to a boolean while rendering the page again, and a
/// tampered "x" would turn a Dutch error message into a 500.
/// </summary>
public sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var value = result.FirstValue;
        if (bool.TryParse(value, out var parsed))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else if (string.IsNullOrEmpty(value) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: value);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                string.IsNullOrEmpty(value) ? DutchValidationMessages.Missing : DutchValidationMessages.Invalid);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
