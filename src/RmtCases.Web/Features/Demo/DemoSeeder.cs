using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Demo;

/// <summary>Demo data for the demo environment: two regions, every organisation type, realistic participants.</summary>
public static class DemoSeeder
{
    public const string Password = "RmtDemo-2026!";

    public static async Task SeedIfEnabledAsync(WebApplication app, CancellationToken cancellationToken)
    {
        if (!app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is never seeded in Production.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider, cancellationToken);
        await DemoSso.EnsureIfConfiguredAsync(scope.ServiceProvider, app.Configuration, cancellationToken);
    }

    /// <summary>Idempotent: an organisation, account or participant set that exists is left alone.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<DataScope>().ForAllRegions();
        var db = services.GetRequiredService<RmtDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var now = DateTimeOffset.UtcNow;

        foreach (var (regionId, code) in new[] { (LabourMarketRegions.GrootAmsterdam, "ga"), (LabourMarketRegions.ZuidLimburg, "zl") })
        {
            var organisations = await EnsureOrganisationsAsync(db, regionId, cancellationToken);
            foreach (var (local, type, role, name) in DemoAccounts.For(code))
            {
                await EnsureUserAsync(users, $"{local}@{code}.demo", name, organisations.First(o => o.Type == type), role, now, cancellationToken);
            }

            if (!await db.Participants.AnyAsync(p => p.RegionId == regionId, cancellationToken))
            {
                var creator = await users.FindByEmailAsync($"gemeente@{code}.demo")
                    ?? throw new InvalidOperationException("Demo account missing.");
                DemoParticipants.Add(db, regionId, organisations, creator.Id, seed: regionId, now);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (!await db.CaseAssignments.AnyAsync(a => db.Participants.Any(p => p.Id == a.ParticipantId && p.RegionId == regionId), cancellationToken))
            {
                var caseworker = await users.FindByEmailAsync($"gemeente@{code}.demo") ?? throw new InvalidOperationException("Demo account missing.");
                var colleague = await users.FindByEmailAsync($"gemeente2@{code}.demo") ?? throw new InvalidOperationException("Demo account missing.");
                await DemoCasework.AddAsync(db, regionId, organisations, caseworker.Id, colleague.Id, now,
                    Hosting.DutchClock.TodayInNetherlands(TimeProvider.System), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (code == "ga" && !await db.WageValueAssessments.AnyAsync(a => a.RegionId == regionId, cancellationToken))
            {
                var assessor = await users.FindByEmailAsync("loonwaarde@ga.demo")
                    ?? throw new InvalidOperationException("Demo account missing.");
                var caseworker = await users.FindByEmailAsync("gemeente@ga.demo")
                    ?? throw new InvalidOperationException("Demo account missing.");
                if (!await db.AssessorQualifications.AnyAsync(q => q.UserId == assessor.Id, cancellationToken))
                {
                    db.AssessorQualifications.Add(DemoWageValue.Qualification(assessor.Id, now));
                }

                db.WageValueAssessments.Add(DemoWageValue.Assessment(
                    regionId, organisations.First(o => o.Type == OrganisationType.Municipality).Id, assessor, caseworker.Id, now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        var adminOrganisation = await EnsureAdministrationAsync(db, cancellationToken);
        await EnsureUserAsync(users, "beheer@rmt.demo", "Functioneel beheer 1", adminOrganisation, Role.Administrator, now, cancellationToken);
        await EnsureUserAsync(users, "beheer2@rmt.demo", "Functioneel beheer 2", adminOrganisation, Role.Administrator, now, cancellationToken);
    }

    private static async Task<List<Organisation>> EnsureOrganisationsAsync(RmtDbContext db, int regionId, CancellationToken cancellationToken)
    {
        var names = regionId == LabourMarketRegions.GrootAmsterdam
            ? new (OrganisationType Type, string Name)[]
            {
                (OrganisationType.Municipality, "Gemeente Amsterdam"),
                (OrganisationType.Uwv, "UWV Groot Amsterdam"),
                (OrganisationType.Union, "FNV Groot Amsterdam"),
                (OrganisationType.EmployerOrganisation, "VNO-NCW Metropool Amsterdam"),
                (OrganisationType.ExternalProvider, "Re-integratiebureau Amstel Werkt"),
                (OrganisationType.ExternalProvider, "ROC van Amsterdam"),
            }
            : [
                (OrganisationType.Municipality, "Gemeente Maastricht"),
                (OrganisationType.Uwv, "UWV Zuid-Limburg"),
                (OrganisationType.Union, "CNV Zuid-Limburg"),
                (OrganisationType.EmployerOrganisation, "Werkgeversvereniging Limburg"),
                (OrganisationType.ExternalProvider, "Loopbaancentrum Heuvelland"),
                (OrganisationType.ExternalProvider, "Vista college"),
            ];

        var existing = await db.Organisations.Where(o => o.RegionId == regionId).ToListAsync(cancellationToken);
        foreach (var (type, name) in names)
        {
            if (existing.All(o => o.Name != name))
            {
                var organisation = new Organisation { Name = name, Type = type, RegionId = regionId };
                db.Organisations.Add(organisation);
                existing.Add(organisation);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    private static async Task<Organisation> EnsureAdministrationAsync(RmtDbContext db, CancellationToken cancellationToken)
    {
        // Functioneel beheer sits in Groot Amsterdam, the RMT's lead municipality's region, as an organisation of its
        // own type: never a recipient of an exchange, never involved in a case.
        var name = "Functioneel beheer RMT";
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation { Name = name, Type = OrganisationType.Administration, RegionId = LabourMarketRegions.GrootAmsterdam };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
        }

        return organisation;
    }

    internal static async Task EnsureUserAsync(
        UserManager<AppUser> users, string email, string displayName, Organisation organisation,
        Role role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            OrganisationId = organisation.Id,
            Role = role,
            CreatedAt = now,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        // No declaration is accepted in advance: union and employer-organisation accounts meet it at their first
        // sign-in, as real staff do (AP z2021-2117), so whoever tries the demo sees it.
    }
}
