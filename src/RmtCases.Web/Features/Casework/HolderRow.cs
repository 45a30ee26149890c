namespace RmtCases.Web.Features.Casework;

/// <summary>An involved organisation and its casehouder, if any.</summary>
public sealed record HolderRow(Guid OrganisationId, string Organisation, Guid? UserId, string? Name);
