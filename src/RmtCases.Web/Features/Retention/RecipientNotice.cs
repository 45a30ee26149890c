namespace RmtCases.Web.Features.Retention;

public sealed record RecipientNotice(Guid OrganisationId, string Name, long Exports);
