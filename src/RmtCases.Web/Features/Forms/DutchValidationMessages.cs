using Microsoft.AspNetCore.Mvc;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// The framework's own messages, in Dutch: model binding (a value that is no date, no number, no id) and the
/// implicit [Required] of a non-nullable property (<see cref="DutchValidationMetadataProvider"/>). They name
/// neither the field nor the typed value: the message stands next to its field, and a property name is code, not Dutch.
/// </summary>
public static class DutchValidationMessages
{
    public const string Invalid = "Deze waarde is niet geldig. Controleer wat u hebt ingevuld.";
    public const string Missing = "Vul dit veld in.";
    public const string NotANumber = "Vul een getal in.";

    public static void Apply(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(_ => Missing);
        messages.SetMissingKeyOrValueAccessor(() => Missing);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Missing);
        messages.SetValueMustNotBeNullAccessor(_ => Missing);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => Invalid);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => Invalid);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid);
        messages.SetValueIsInvalidAccessor(_ => Invalid);
        messages.SetValueMustBeANumberAccessor(_ => NotANumber);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => NotANumber);
        options.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider());
        options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
        options.ValueProviderFactories.Insert(0, new DateInputValueProviderFactory());
        // After DataAnnotationsMetadataProvider, which adds the implicit [Required] of non-nullable properties.
        options.ModelMetadataDetailsProviders.Add(new DutchValidationMetadataProvider());
    }
}
