using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Audit;

namespace RmtCases.Web.Features.Participants;

/// <summary>An organisation that holds data of a category corrected since it received it.</summary>
public sealed record RecipientToInform(Guid OrganisationId, string Name, IReadOnlyList<Category> Categories, DateTimeOffset LastChange);
