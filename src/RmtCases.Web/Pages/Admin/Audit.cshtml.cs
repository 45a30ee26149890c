using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Audit;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin;

/// <summary>The audit trail for administrators: ids, never personal data. Reading it is itself recorded.</summary>
public sealed class AuditModel(CurrentActor current, AccessPolicy policy, RmtDbContext db, AuditLog audit, AuditChainVerifier verifier)
    : AdminPageModel(current, policy)
{
    public const int PageSize = 100;

    public sealed class FilterInput
    {
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public Guid? UserId { get; set; }
        public Guid? OrganisationId { get; set; }
        public string? Action { get; set; }
        public Guid? ParticipantId { get; set; }
        public int Page { get; set; } = 1;
    }

    // Ids only in the query string: nothing here is personal data.
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Filter.From > Filter.To)
        {
            ModelState.AddModelError("Filter.To", "De einddatum ligt vóór de begindatum.");
        }

        var query = db.AuditEvents.AsNoTracking();
        if (ModelState.IsValid)
        {
            if (Filter.From is { } from)
            {
                var start = DutchFormat.StartOfDay(from);
                query = query.Where(e => e.OccurredAt >= start);
            }

            if (Filter.To is { } to)
            {
                var end = DutchFormat.StartOfDay(to.AddDays(1));
                query = query.Where(e => e.OccurredAt < end);
            }

            if (Filter.UserId is { } user)
            {
                query = query.Where(e => e.UserId == user);
            }

            if (Filter.OrganisationId is { } organisation)
            {
                query = query.Where(e => e.OrganisationId == organisation);
            }

            if (!string.IsNullOrWhiteSpace(Filter.Action))
            {
                query = query.Where(e => e.Action == Filter.Action);
            }

            if (Filter.ParticipantId is { } participant)
            {
                query = query.Where(e => e.ParticipantId == participant);
            }
        }
        else
        {
            query = query.Where(_ => false);
        }

        Filter.Page = Math.Max(1, Filter.Page);
        Total = await query.CountAsync(cancellationToken);
        Events = await query.OrderByDescending(e => e.ChainSequence).Skip((Filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Actions = await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
        await audit.RecordAsync(AuditActions.AuditViewed, participantId: Filter.ParticipantId, cancellationToken: cancellationToken);
    }
}
