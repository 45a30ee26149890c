using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Demo;

public sealed class DemoOptions
{
    /// <summary>Seed demo organisations, accounts and participants into an empty database. Never in Production.</summary>
    public bool Seed { get; set; }
}
