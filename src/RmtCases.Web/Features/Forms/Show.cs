using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Forms;

/// <summary>Dutch display of dates and amounts on the case-file pages, in <see cref="DutchFormat"/>'s formats.</summary>
public static class Show
{
    public static string Date(DateOnly date) => DutchFormat.Date(date);

    public static string Date(DateOnly? date) => DutchFormat.Date(date);

    /// <summary>The Dutch calendar day of a moment: a registration at 00:30 in Amsterdam is that day, not the UTC day before.</summary>
    public static string Date(DateTimeOffset moment) => Date(DutchFormat.DayInAmsterdam(moment));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly? date) => date is { } d ? Iso(d) : "";

    public static string Money(decimal amount) => DutchFormat.Money(amount);

    /// <summary>An amount as a Dutch user types it back: "1.234,56".</summary>
    public static string MoneyInput(decimal amount) => amount.ToString("#,##0.00", DutchFormat.Numbers);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.#", DutchFormat.Numbers) : "";
}
