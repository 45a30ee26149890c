using System.Globalization;

namespace RmtCases.Web.Tests.Infrastructure;

/// <summary>A date as a form posts it: three fields, dag, maand and jaar (the date input of every form).</summary>
internal static class DateForm
{
    /// <summary>A copy of <paramref name="form"/> with <paramref name="field"/> as its three parts, typed as given.</summary>
    public static Dictionary<string, string> InParts(Dictionary<string, string> form, string field, string day, string month, string year)
    {
        var parts = new Dictionary<string, string>(form) { [$"{field}.dag"] = day, [$"{field}.maand"] = month, [$"{field}.jaar"] = year };
        parts.Remove(field);
        return parts;
    }

    /// <summary>Sets <paramref name="field"/> in <paramref name="form"/> to the parts of an ISO date, as a person types them.</summary>
    public static void Set(Dictionary<string, string> form, string field, string iso)
    {
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        form.Remove(field);
        form[$"{field}.dag"] = date.Day.ToString(CultureInfo.InvariantCulture);
        form[$"{field}.maand"] = date.Month.ToString(CultureInfo.InvariantCulture);
        form[$"{field}.jaar"] = date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A copy of <paramref name="form"/> with every field named in <paramref name="fields"/> posted as parts.</summary>
    public static Dictionary<string, string> Parts(Dictionary<string, string> form, params string[] fields)
    {
        var copy = new Dictionary<string, string>(form);
        foreach (var field in fields.Where(copy.ContainsKey))
        {
            Set(copy, field, copy[field]);
        }

        return copy;
    }
}
