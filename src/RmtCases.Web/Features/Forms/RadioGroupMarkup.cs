using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// The NL Design System radio group: a fieldset whose legend is the question, one labelled radio per option
/// (a yes/no question too, never a select). The first radio carries the field's id for the error summary.
/// </summary>
internal static class RadioGroupMarkup
{
    public static void Render(TagHelperOutput output, FieldParts field, IEnumerable<SelectListItem>? options)
    {
        var (name, id, label, value, invalid) = (field.Name, field.Id, field.Label, field.Value, field.Invalid);
        var describedBy = new List<string>();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-label\">{FieldParts.Enc(label)}").Append(field.Mark).Append("</legend>");
        field.AppendHintAndError(html, describedBy);

        var first = true;
        foreach (var option in options ?? [])
        {
            var optionId = first ? id : TagBuilder.CreateSanitizedId($"{id}_{option.Value}", "_");
            // No value is the option whose value is empty ("Geen"), when there is one.
            var isChecked = string.Equals(option.Value, value ?? "", StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            html.Append("<div class=\"utrecht-form-field utrecht-form-field--radio\">");
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"radio\" class=\"utrecht-radio-button utrecht-radio-button--html-input{(invalid ? " utrecht-radio-button--invalid" : "")}\" id=\"{FieldParts.Enc(optionId)}\" name=\"{FieldParts.Enc(name)}\" value=\"{FieldParts.Enc(option.Value)}\"{isChecked}");
            if (field.Required)
            {
                html.Append(" required");
            }

            if (invalid)
            {
                html.Append(" aria-invalid=\"true\"");
            }

            if (describedBy.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{FieldParts.Enc(string.Join(' ', describedBy))}\"");
            }

            html.Append(CultureInfo.InvariantCulture, $"><label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"{FieldParts.Enc(optionId)}\">{FieldParts.Enc(option.Text)}</label></div>");
            first = false;
        }

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset utrecht-form-field rmt-radio-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        output.Content.SetHtmlContent(html.ToString());
    }
}
