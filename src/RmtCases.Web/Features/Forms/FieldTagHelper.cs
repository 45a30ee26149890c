using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// One labelled form field in the NL Design System markup, the same everywhere: label, hint, error
/// message next to the field, what the user typed kept, and <c>aria-invalid</c>/<c>aria-describedby</c>
/// (WCAG 2.1 AA 1.3.1, 3.3.1, 3.3.2). The id is the one the error summary links to.
/// </summary>
[HtmlTargetElement("rmt-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    /// <summary>text, email, tel, date, select, radio, checkbox.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    /// <summary>A search filter: every filter is optional, so none is marked "(optioneel)".</summary>
    [HtmlAttributeName("filter")]
    public bool Filter { get; set; }

    /// <summary>
    /// NL Design System and GOV.UK: most fields are required, so the optional ones are marked, with one word
    /// everywhere; a required field carries no mark (and no colour) of its own.
    /// </summary>
    private string Mark => Required || Filter ? "" : " <span class=\"rmt-optional\">(optioneel)</span>";

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("options")]
    public IEnumerable<SelectListItem>? Options { get; set; }

    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        ViewContext.ModelState.TryGetValue(name, out var entry);
        var errors = entry?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList() ?? [];
        var value = entry?.AttemptedValue ?? Format(For.Model);
        var field = new FieldParts(name, id, label, Mark, Required, Hint, errors, value);
        if (Type == "date")
        {
            DateInputMarkup.Render(output, field);
            return;
        }

        if (Type == "radio")
        {
            RadioGroupMarkup.Render(output, field, Options);
            return;
        }

        var invalid = field.Invalid;
        var describedBy = new List<string>();
        var html = new StringBuilder();
        var isCheckbox = Type == "checkbox";

        var labelHtml = new StringBuilder();
        labelHtml.Append(CultureInfo.InvariantCulture, $"<label class=\"utrecht-form-label{(isCheckbox ? " utrecht-form-label--checkbox" : "")}\" for=\"{Enc(id)}\">{Enc(label)}");
        labelHtml.Append(isCheckbox ? "" : Mark).Append("</label>");

        if (!isCheckbox)
        {
            html.Append("<div class=\"utrecht-form-field__label\">").Append(labelHtml).Append("</div>");
        }

        field.AppendHintAndError(html, describedBy);

        var common = new StringBuilder();
        common.Append(CultureInfo.InvariantCulture, $" id=\"{Enc(id)}\" name=\"{Enc(name)}\"");
        if (Required)
        {
            common.Append(" required aria-required=\"true\"");
        }

        if (invalid)
        {
            common.Append(" aria-invalid=\"true\"");
        }

        if (describedBy.Count > 0)
        {
            common.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{Enc(string.Join(' ', describedBy))}\"");
        }

        if (Autocomplete is not null)
        {
            common.Append(CultureInfo.InvariantCulture, $" autocomplete=\"{Enc(Autocomplete)}\"");
        }

        html.Append("<div class=\"utrecht-form-field__input\">");
        switch (Type)
        {
            case "select":
                html.Append(CultureInfo.InvariantCulture, $"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\"{common}>");
                html.Append("<option value=\"\">Maak een keuze</option>");
                foreach (var option in Options ?? [])
                {
                    var selected = string.Equals(option.Value, value, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
                    html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Enc(option.Value)}\"{selected}>{Enc(option.Text)}</option>");
                }

                html.Append("</select>");
                break;
            case "checkbox":
                var isChecked = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? " checked" : "";
                html.Append(CultureInfo.InvariantCulture, $"<input type=\"checkbox\" class=\"utrecht-checkbox utrecht-checkbox--html-input\" value=\"true\"{common}{isChecked}> ");
                html.Append(labelHtml);
                break;
            default:
                var extra = new StringBuilder();
                if (InputMode is not null)
                {
                    extra.Append(CultureInfo.InvariantCulture, $" inputmode=\"{Enc(InputMode)}\"");
                }

                if (MaxLength is { } max)
                {
                    extra.Append(CultureInfo.InvariantCulture, $" maxlength=\"{max}\"");
                }

                html.Append(CultureInfo.InvariantCulture, $"<input type=\"{Enc(Type)}\" class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\"{common}{extra} value=\"{Enc(value ?? "")}\">");
                break;
        }

        html.Append("</div>");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class",
            "utrecht-form-field" + (isCheckbox ? " utrecht-form-field--checkbox" : " utrecht-form-field--text") + (invalid ? " utrecht-form-field--invalid" : ""));
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Enc(string value) => FieldParts.Enc(value);

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
