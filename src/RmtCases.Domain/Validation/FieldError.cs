namespace RmtCases.Domain.Validation;

/// <summary>
/// One problem with one input field. <see cref="Field"/> is a property path such as
/// <c>Tasks[2].Tempo</c>, so the web layer can hand it to <c>ModelState.AddModelError</c>
/// unchanged, or after <see cref="ValidationResult.WithPrefix"/> when the page binds an input record.
/// </summary>
public sealed record FieldError(string Field, string Message);
