using Microsoft.AspNetCore.Mvc.ApplicationModels;
using RmtCases.Domain.Access;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.WageValue;

namespace RmtCases.Web.Features.Identity;

/// <summary>One gate per folder of pages; the rules are questions to <see cref="AccessPolicy"/>.</summary>
public static class AreaGates
{
    public static void AddRmtAreaGates(this PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/Participants", page => page.Filters.Add(new AreaGateFilter(async http =>
            await ActorAsync(http) is { } actor && Policy(http).Scope(actor) != ParticipantScope.None)));

        conventions.AddFolderApplicationModelConvention("/WageValue", page => page.Filters.Add(new AreaGateFilter(async http =>
            // Records the refusal, as the wage-value handlers do.
            await http.RequestServices.GetRequiredService<WageValueAccess>().ReaderAsync(http.RequestAborted) is not null)));

        // Aggregates of a region, never a person: every caseworker of the region and administrators.
        conventions.AddFolderApplicationModelConvention("/Figures", page => page.Filters.Add(new AreaGateFilter(async http =>
            await ActorAsync(http) is { } actor && Policy(http).CanSeeFigures(actor))));

        conventions.AddFolderApplicationModelConvention("/Admin", page => page.Filters.Add(new AreaGateFilter(async http =>
        {
            if (await ActorAsync(http) is { } actor && Policy(http).CanAdminister(actor))
            {
                return true;
            }

            await http.RequestServices.GetRequiredService<AuditLog>()
                .RecordAsync(AuditActions.AccessRefused, fields: ["administration"], outcome: AuditOutcomes.Refused, cancellationToken: http.RequestAborted);
            return false;
        })));
    }

    private static Task<Actor?> ActorAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(http.RequestAborted);

    private static AccessPolicy Policy(HttpContext http) => http.RequestServices.GetRequiredService<AccessPolicy>();
}
