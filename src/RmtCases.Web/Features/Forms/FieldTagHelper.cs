using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
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
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Default;

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
        var invalid = errors.Count > 0;
        if (Type == "date")
        {
            DateInput(output, name, id, label, errors, value);
            return;
        }

        if (Type == "radio")
        {
            Radios(output, name, id, label, errors, value);
            return;
        }

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

        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{Enc(id)}-hint\">{Enc(Hint)}</div>");
        }

        if (invalid)
        {
            describedBy.Add(id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{Enc(id)}-error\">");
            html.Append(string.Join("<br>", errors.Select(Enc)));
            html.Append("</div>");
        }

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

    /// <summary>
    /// The NL Design System / GOV.UK date input: a fieldset whose legend is the question, three labelled number
    /// boxes (dag, maand, jaar), the error above them and only the wrong parts marked. The day box carries the
    /// field's id, so the error summary's link lands in it.
    /// </summary>
    private void DateInput(TagHelperOutput output, string name, string id, string label, IReadOnlyList<string> errors, string? value)
    {
        var parts = DateParts.From(value);
        var invalid = errors.Count > 0;

        // Parts to mark: the wrong ones when the parts make no date; all three when the date itself is refused.
        // A day that the month does not have (31 February) is no part's fault alone: all three are marked.
        var partial = invalid && !parts.TryDate(out _) && !parts.IsEmpty && (parts.DayInvalid || parts.MonthInvalid || parts.YearInvalid);
        var marks = new[] { partial ? parts.DayInvalid : invalid, partial ? parts.MonthInvalid : invalid, partial ? parts.YearInvalid : invalid };
        var describedBy = new List<string>();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-label\" id=\"{Enc(id)}-legend\">{Enc(label)}");
        html.Append(Mark).Append("</legend>");
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{Enc(id)}-hint\">{Enc(Hint)}</div>");
        }

        if (invalid)
        {
            describedBy.Add(id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{Enc(id)}-error\">");
            html.Append(string.Join("<br>", errors.Select(Enc)));
            html.Append("</div>");
        }

        html.Append("<div class=\"rmt-date-input\">");
        (string Suffix, string Label, string Value, int Size, string Id)[] boxes =
        [
            (DateParts.DaySuffix, "Dag", parts.Day, 2, id),
            (DateParts.MonthSuffix, "Maand", parts.Month, 2, $"{id}_{DateParts.MonthSuffix}"),
            (DateParts.YearSuffix, "Jaar", parts.Year, 4, $"{id}_{DateParts.YearSuffix}"),
        ];
        for (var i = 0; i < boxes.Length; i++)
        {
            var box = boxes[i];
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"rmt-date-input__item rmt-date-input__item--{box.Suffix}\">");
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"utrecht-form-label rmt-date-input__label\" for=\"{Enc(box.Id)}\">{box.Label}</label>");
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"text\" inputmode=\"numeric\" class=\"utrecht-textbox utrecht-textbox--html-input rmt-date-input__box rmt-date-input__box--{box.Suffix}{(marks[i] ? " utrecht-textbox--invalid" : "")}\"");
            html.Append(CultureInfo.InvariantCulture, $" id=\"{Enc(box.Id)}\" name=\"{Enc(name)}.{box.Suffix}\" maxlength=\"{box.Size}\" size=\"{box.Size}\" autocomplete=\"off\"");
            if (Required)
            {
                html.Append(" required aria-required=\"true\"");
            }

            if (marks[i])
            {
                html.Append(" aria-invalid=\"true\"");
            }

            if (describedBy.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{Enc(string.Join(' ', describedBy))}\"");
            }

            html.Append(CultureInfo.InvariantCulture, $" value=\"{Enc(box.Value)}\"></div>");
        }

        html.Append("</div>");

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset utrecht-form-field rmt-date-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>
    /// The NL Design System radio group: a fieldset whose legend is the question, one labelled radio per option
    /// (a yes/no question too, never a select). The first radio carries the field's id for the error summary.
    /// </summary>
    private void Radios(TagHelperOutput output, string name, string id, string label, IReadOnlyList<string> errors, string? value)
    {
        var invalid = errors.Count > 0;
        var describedBy = new List<string>();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-label\">{Enc(label)}").Append(Mark).Append("</legend>");
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-description\" id=\"{Enc(id)}-hint\">{Enc(Hint)}</div>");
        }

        if (invalid)
        {
            describedBy.Add(id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field-error-message\" id=\"{Enc(id)}-error\">{string.Join("<br>", errors.Select(Enc))}</div>");
        }

        var first = true;
        foreach (var option in Options ?? [])
        {
            var optionId = first ? id : TagBuilder.CreateSanitizedId($"{id}_{option.Value}", "_");
            // No value is the option whose value is empty ("Geen"), when there is one.
            var isChecked = string.Equals(option.Value, value ?? "", StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            html.Append("<div class=\"utrecht-form-field utrecht-form-field--radio\">");
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"radio\" class=\"utrecht-radio-button utrecht-radio-button--html-input{(invalid ? " utrecht-radio-button--invalid" : "")}\" id=\"{Enc(optionId)}\" name=\"{Enc(name)}\" value=\"{Enc(option.Value)}\"{isChecked}");
            if (Required)
            {
                html.Append(" required");
            }

            if (invalid)
            {
                html.Append(" aria-invalid=\"true\"");
            }

            if (describedBy.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{Enc(string.Join(' ', describedBy))}\"");
            }

            html.Append(CultureInfo.InvariantCulture, $"><label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"{Enc(optionId)}\">{Enc(option.Text)}</label></div>");
            first = false;
        }

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset utrecht-form-field rmt-radio-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Enc(string value) => _encoder.Encode(value);

    private static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
