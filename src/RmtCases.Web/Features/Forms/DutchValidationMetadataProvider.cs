using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace RmtCases.Web.Features.Forms;

/// <summary>Gives every validation attribute without a message of its own a Dutch one, in place of its English default.</summary>
public sealed class DutchValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null)
            {
                attribute.ErrorMessage = Message(attribute);
            }
        }
    }

    // Placeholders as the attributes format them: {0} the name (never used), {1} and {2} the bounds.
    private static string Message(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => DutchValidationMessages.Missing,
        StringLengthAttribute { MinimumLength: > 0 } => "Gebruik minstens {2} en hoogstens {1} tekens.",
        StringLengthAttribute => "Gebruik hoogstens {1} tekens.",
        MaxLengthAttribute => "Gebruik hoogstens {1} tekens.",
        MinLengthAttribute => "Gebruik minstens {1} tekens.",
        LengthAttribute => "Gebruik minstens {1} en hoogstens {2} tekens.",
        RangeAttribute => "Vul een waarde in van {1} tot en met {2}.",
        EmailAddressAttribute => "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
        PhoneAttribute => "Vul een geldig telefoonnummer in.",
        UrlAttribute => "Vul een geldig webadres in.",
        CompareAttribute => "De twee waarden zijn niet gelijk.",
        RegularExpressionAttribute => "Deze waarde heeft niet de juiste vorm.",
        _ => DutchValidationMessages.Invalid,
    };
}
