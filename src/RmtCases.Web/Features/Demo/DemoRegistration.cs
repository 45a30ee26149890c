using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Demo;

public static class DemoRegistration
{
    public static WebApplicationBuilder AddRmtDemo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection("Demo"));
        return builder;
    }
}
