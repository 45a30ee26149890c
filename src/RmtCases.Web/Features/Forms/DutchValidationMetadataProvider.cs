using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// Forms validate with <see cref="FormRules.Errors"/>, not with attributes. What the framework still adds by itself
/// is the implicit [Required] of a non-nullable property or handler parameter; this gives it, and any attribute
/// without a message of its own, a Dutch message in place of the English default.
/// </summary>
public sealed class DutchValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null)
            {
                attribute.ErrorMessage = attribute is RequiredAttribute ? DutchValidationMessages.Missing : DutchValidationMessages.Invalid;
            }
        }
    }
}
