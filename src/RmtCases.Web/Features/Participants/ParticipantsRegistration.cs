using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Retention;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;
using RmtCases.Web.Features.Retention;

namespace RmtCases.Web.Features.Participants;

public static class ParticipantsRegistration
{
    public static WebApplicationBuilder AddRmtParticipants(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseFiles>();
        builder.Services.AddScoped<SavedSearches>();
        builder.Services.AddScoped<Casework.CaseworkQueries>();
        builder.Services.AddScoped<Casework.PlanEditor>();
        return builder;
    }
}
