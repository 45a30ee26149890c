using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// Joins the three fields of a date input (<c>X.dag</c>, <c>X.maand</c>, <c>X.jaar</c>) into the one value
/// <c>X</c> that the input record binds, for every form at once: the pages keep reading one date. A form posts
/// them; a filter form that is a GET (the log) sends them in the query string.
/// </summary>
public sealed class DateInputValueProvider(Func<string, bool> contains, Func<string, StringValues> read) : IValueProvider
{
    public DateInputValueProvider(IFormCollection form)
        : this(form.ContainsKey, key => form[key])
    {
    }

    public DateInputValueProvider(IQueryCollection query)
        : this(query.ContainsKey, key => query[key])
    {
    }

    public bool ContainsPrefix(string prefix) => false;

    public ValueProviderResult GetValue(string key)
    {
        // A client that posts the date as one value (a script, a link with an ISO date) is read as it sends it.
        if (contains(key))
        {
            return ValueProviderResult.None;
        }

        var day = read($"{key}.{DateParts.DaySuffix}");
        var month = read($"{key}.{DateParts.MonthSuffix}");
        var year = read($"{key}.{DateParts.YearSuffix}");
        var parts = new DateParts(day.ToString().Trim(), month.ToString().Trim(), year.ToString().Trim());
        return parts.IsEmpty ? ValueProviderResult.None : new ValueProviderResult(parts.Composed, CultureInfo.InvariantCulture);
    }
}
