namespace RmtCases.Web.Features.Home;

/// <summary>A case file the caseworker opened lately, with the name as the scoped query gives it now.</summary>
public sealed record RecentCaseFile(Guid ParticipantId, string Name, DateTimeOffset OpenedAt);
