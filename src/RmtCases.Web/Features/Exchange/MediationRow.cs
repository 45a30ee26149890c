using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

public sealed record MediationRow(MediationActivity Activity, string? OrganisationName);
