namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Marks a page whose handler can complete a sign-in. On such a page the session cookie the request came
/// with is not continued (<see cref="PostgresTicketStore"/>): a sign-in always starts a new session.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartsSessionAttribute : Attribute;
