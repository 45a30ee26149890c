using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Validation;

namespace RmtCases.Web.Features.Forms;

/// <summary>Reads what people type into the forms, with Dutch messages; the rules themselves live in the domain.</summary>
public static class FormRules
{
    public const string DateMessage = "Vul een geldige datum in: dag, maand en jaar in cijfers, bijvoorbeeld 17 5 1980.";

    private static readonly string[] _dateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    /// <summary>ISO (what a date input sends) or the Dutch day-month-year writing.</summary>
    public static bool TryParseDate(string? input, out DateOnly date) =>
        DateOnly.TryParseExact(input?.Trim(), _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The message for a value that is no date. Three fields of a date input arrive as "dag-maand-jaar": the
    /// message says which part to correct.
    /// </summary>
    public static string DateProblem(string value) =>
        value.Split(['-', '/', '.']).Length == 3 ? DateParts.From(value).Problem() : DateMessage;

    /// <summary>Hours as "32" or "32,5"; one decimal, 0 to 80.</summary>
    public static bool TryParseHours(string? input, out decimal hours)
    {
        hours = 0m;
        var text = input?.Trim().Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours)
            && hours is >= 0m and <= 80m && decimal.Round(hours, 1) == hours;
    }

    public const string HoursMessage = "Vul een aantal uren per week in tussen 0 en 80, bijvoorbeeld 32 of 32,5.";

    public static string Required(string label) => $"Vul {label} in.";

    /// <summary>A validated text as stored: trimmed, NFC (<see cref="PlainText.Normalise"/>); blank is null.</summary>
    public static string? Stored(string? value) => string.IsNullOrWhiteSpace(value) ? null : Domain.Validation.PlainText.Normalise(value);

    /// <summary>A validated required text as stored.</summary>
    public static string StoredRequired(string? value) => Stored(value) ?? throw new ArgumentException("A required text is blank.", nameof(value));

    /// <summary>A required text, a date and an optional date: the checks every form repeats.</summary>
    public sealed class Errors
    {
        private readonly List<FieldError> _errors = [];
        private readonly IReadOnlySet<string> _unread;

        public Errors()
            : this(new HashSet<string>())
        {
        }

        /// <param name="unread">
        /// The fields whose typed value the model binder could not read (<see cref="Unread(ModelStateDictionary, string)"/>):
        /// they carry its message already, so a check for a missing value adds no second one.
        /// </param>
        public Errors(IReadOnlySet<string> unread) => _unread = unread;

        public IReadOnlyList<FieldError> List => _errors;

        public bool Any => _errors.Count > 0;

        public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

        public void AddRange(RmtCases.Domain.Validation.ValidationResult result) => _errors.AddRange(result.Errors);

        public bool Has(string field) => _errors.Any(e => e.Field == field);

        public void Require(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, message);
            }
        }

        /// <summary>The model binder could not read what was typed in <paramref name="field"/>; its message stands.</summary>
        public bool Unread(string field) => _unread.Contains(field);

        /// <summary>A required choice (a select, radios, a typed date): nothing chosen gets <paramref name="message"/>.</summary>
        public void Choose<T>(T? value, string field, string message) where T : struct
        {
            if (value is null && !Unread(field))
            {
                Add(field, message);
            }
        }

        public DateOnly? Date(string? value, string field, string? requiredMessage)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (requiredMessage is not null)
                {
                    Add(field, requiredMessage);
                }

                return null;
            }

            if (TryParseDate(value, out var date))
            {
                return date;
            }

            Add(field, DateProblem(value));
            return null;
        }

        /// <summary>
        /// Every text field of <paramref name="input"/> is plain text (<see cref="PlainText"/>): no invisible
        /// direction or zero-width characters, no control characters such as NUL. Call it after the field
        /// checks; a field that already has a message gets no second one.
        /// </summary>
        public void PlainText(object input)
        {
            foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(string) && !Has(property.Name))
                {
                    AddRange(Domain.Validation.PlainText.Validate((string?)property.GetValue(input), property.Name));
                }
            }
        }

        /// <summary>
        /// No text field may hold a burgerservicenummer: the data set has no BSN (AP z2021-2117), and a
        /// free text is where one would slip in.
        /// </summary>
        public void NoBsn(object input)
        {
            foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(string) && property.GetCustomAttribute<NoBsnCheckAttribute>() is null
                    && Bsn.ContainsBsn((string?)property.GetValue(input)) && !Has(property.Name))
                {
                    Add(property.Name, Bsn.FoundInTextMessage);
                }
            }
        }
    }

    /// <summary>The fields under <paramref name="prefix"/> that already have a message: the binder's, for a value it could not read.</summary>
    public static IReadOnlySet<string> Unread(this ModelStateDictionary modelState, string prefix) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 } && e.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .Select(e => e.Key[(prefix.Length + 1)..])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Puts <paramref name="message"/> in place of the binder's generic one where it could not read <paramref name="key"/>.</summary>
    public static void ReplaceUnread(this ModelStateDictionary modelState, string key, string message)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            modelState.AddModelError(key, message);
        }
    }

    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? string.Empty : $"{prefix}.{error.Field}", error.Message);
        }
    }

    /// <summary>Options for a select from an enum, with Dutch labels.</summary>
    public static IReadOnlyList<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();
}
