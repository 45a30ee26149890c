namespace RmtCases.Web.Features.Casework;

public sealed record Colleague(Guid UserId, string Name, Guid OrganisationId);
