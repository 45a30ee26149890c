namespace RmtCases.Domain.Validation;

/// <summary>The outcome of a domain rule: valid, or a list of field errors with Dutch messages.</summary>
public sealed class ValidationResult
{
    private ValidationResult(IReadOnlyList<FieldError> errors) => Errors = errors;

    public static ValidationResult Success { get; } = new([]);

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static ValidationResult Failure(string field, string message) => new([new FieldError(field, message)]);

    public static ValidationResult Of(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length == 0 ? Success : new ValidationResult(list);
    }

    public static ValidationResult Combine(params IEnumerable<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Of(results.SelectMany(r => r.Errors));
    }

    /// <summary>
    /// Prefixes every field, e.g. <c>Tempo</c> becomes <c>Input.Tempo</c>, to match the
    /// ModelState keys of a page that binds <c>[BindProperty] Input</c>. An empty field
    /// (an error about the form as a whole) stays empty.
    /// </summary>
    public ValidationResult WithPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return IsValid ? this : new ValidationResult([.. Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"{prefix}.{e.Field}" })]);
    }

    public IEnumerable<string> MessagesFor(string field) =>
        Errors.Where(e => e.Field == field).Select(e => e.Message);

    public override string ToString() =>
        IsValid ? "Valid" : string.Join("; ", Errors.Select(e => $"{e.Field}: {e.Message}"));
}
