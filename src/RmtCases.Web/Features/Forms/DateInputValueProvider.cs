using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// Joins the three fields of a date input (<c>X.dag</c>, <c>X.maand</c>, <c>X.jaar</c>) into the one value
/// <c>X</c> that the input record binds, for every form at once: the pages keep reading one date.
/// </summary>
public sealed class DateInputValueProvider(IFormCollection form) : IValueProvider
{
    public bool ContainsPrefix(string prefix) => false;

    public ValueProviderResult GetValue(string key)
    {
        // A client that posts the date as one value (a script, the HTTP tests) is read as the form sends it.
        if (form.ContainsKey(key))
        {
            return ValueProviderResult.None;
        }

        var day = form[$"{key}.{DateParts.DaySuffix}"];
        var month = form[$"{key}.{DateParts.MonthSuffix}"];
        var year = form[$"{key}.{DateParts.YearSuffix}"];
        var parts = new DateParts(day.ToString().Trim(), month.ToString().Trim(), year.ToString().Trim());
        return parts.IsEmpty ? ValueProviderResult.None : new ValueProviderResult(parts.Composed, CultureInfo.InvariantCulture);
    }
}
