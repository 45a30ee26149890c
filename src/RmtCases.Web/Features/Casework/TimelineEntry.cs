namespace RmtCases.Web.Features.Casework;

/// <summary>One line of the case file's history: when, which organisation, and what in Dutch; no values.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? Organisation, string What);
