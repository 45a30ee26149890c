namespace RmtCases.Web.Features.Exchange;

/// <summary>An organisation that holds the case, and since when, as an export carries it (<see cref="RouteContent"/>).</summary>
public sealed record CasehouderRow(string Organisation, DateTimeOffset Since);
