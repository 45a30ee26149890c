using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Pdf;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

/// <summary>One kind of access by one organisation: what its staff did with the data, first and last time.</summary>
public sealed record AccessByOrganisation(string Organisation, string Activity, DateTimeOffset First, DateTimeOffset Last);
