using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// The NL Design System / GOV.UK date input: a fieldset whose legend is the question, three labelled number
/// boxes (dag, maand, jaar), the error above them and only the wrong parts marked. The day box carries the
/// field's id, so the error summary's link lands in it.
/// </summary>
internal static class DateInputMarkup
{
    public static void Render(TagHelperOutput output, FieldParts field)
    {
        var (name, id, label, invalid) = (field.Name, field.Id, field.Label, field.Invalid);
        var parts = DateParts.From(field.Value);

        // Parts to mark: the wrong ones when the parts make no date; all three when the date itself is refused.
        // A day that the month does not have (31 February) is no part's fault alone: all three are marked.
        var partial = invalid && !parts.TryDate(out _) && !parts.IsEmpty && (parts.DayInvalid || parts.MonthInvalid || parts.YearInvalid);
        var marks = new[] { partial ? parts.DayInvalid : invalid, partial ? parts.MonthInvalid : invalid, partial ? parts.YearInvalid : invalid };
        var describedBy = new List<string>();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-label\" id=\"{FieldParts.Enc(id)}-legend\">{FieldParts.Enc(label)}");
        html.Append(field.Mark).Append("</legend>");
        field.AppendHintAndError(html, describedBy);

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
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"utrecht-form-label rmt-date-input__label\" for=\"{FieldParts.Enc(box.Id)}\">{box.Label}</label>");
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"text\" inputmode=\"numeric\" class=\"utrecht-textbox utrecht-textbox--html-input rmt-date-input__box rmt-date-input__box--{box.Suffix}{(marks[i] ? " utrecht-textbox--invalid" : "")}\"");
            html.Append(CultureInfo.InvariantCulture, $" id=\"{FieldParts.Enc(box.Id)}\" name=\"{FieldParts.Enc(name)}.{box.Suffix}\" maxlength=\"{box.Size}\" size=\"{box.Size}\" autocomplete=\"off\"");
            if (field.Required)
            {
                html.Append(" required aria-required=\"true\"");
            }

            if (marks[i])
            {
                html.Append(" aria-invalid=\"true\"");
            }

            if (describedBy.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{FieldParts.Enc(string.Join(' ', describedBy))}\"");
            }

            html.Append(CultureInfo.InvariantCulture, $" value=\"{FieldParts.Enc(box.Value)}\"></div>");
        }

        html.Append("</div>");

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-fieldset utrecht-form-field rmt-date-field" + (invalid ? " utrecht-form-field--invalid" : ""));
        output.Content.SetHtmlContent(html.ToString());
    }
}
