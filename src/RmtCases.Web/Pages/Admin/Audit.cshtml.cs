using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Audit;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Hosting;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages.Admin;

/// <summary>The audit trail (logboek) for administrators: ids, never personal data. Reading it is itself recorded.</summary>
public sealed class AuditModel(RmtDbContext db, AuditLog audit, AuditChainVerifier verifier) : PageModel
{
    public const int PageSize = 25;

    public sealed class FilterInput
    {
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public Guid? UserId { get; set; }
        public Guid? OrganisationId { get; set; }
        public string? Action { get; set; }
        public Guid? ParticipantId { get; set; }
    }

    public sealed record StaffOption(Guid Id, string Name, string Email);

    public sealed record Row(AuditEvent Event, string? UserName, string? OrganisationName);

    // Ids only in the query string: nothing here is personal data. The page number has a name of its own:
    // "page" is the route value Razor Pages uses for the page's path.
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public IReadOnlyList<Row> Events { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<(string Code, string Label)> Actions { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Checks the hash chain. Named in Dutch: the handler name is part of the URL.</summary>
    public async Task OnPostControlerenAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    /// <summary>The query string of this filter at another page, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                values[name] = text;
            }
        }

        Add("Filter.From", Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Filter.To", Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Filter.UserId", Filter.UserId);
        Add("Filter.OrganisationId", Filter.OrganisationId);
        Add("Filter.Action", Filter.Action);
        Add("Filter.ParticipantId", Filter.ParticipantId);
        values["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // A page number that is no number is not the person's mistake to fix: show the first page.
        ModelState.Remove("pagina");
        if (Filter.From > Filter.To)
        {
            ModelState.AddModelError("Filter.To", "De einddatum ligt vóór de begindatum.");
        }

        var query = db.AuditEvents.AsNoTracking();
        if (ModelState.IsValid)
        {
            if (Filter.From is { } from)
            {
                // Npgsql writes timestamptz parameters in UTC only; the Dutch midnight keeps its instant.
                var start = DutchFormat.StartOfDay(from).ToUniversalTime();
                query = query.Where(e => e.OccurredAt >= start);
            }

            if (Filter.To is { } to)
            {
                var end = DutchFormat.StartOfDay(to.AddDays(1)).ToUniversalTime();
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

        Total = await query.CountAsync(cancellationToken);
        Pagina = Math.Clamp(Pagina, 1, PageCount);
        var events = await query.OrderByDescending(e => e.ChainSequence).Skip((Pagina - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        Staff = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new StaffOption(u.Id, u.DisplayName, u.Email ?? "")).ToListAsync(cancellationToken);
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
        var userNames = Staff.ToDictionary(s => s.Id, s => s.Name);
        var organisationNames = Organisations.ToDictionary(o => o.Id, o => o.Name);
        Events = events.Select(e => new Row(
            e,
            e.UserId is { } u ? userNames.GetValueOrDefault(u) : null,
            e.OrganisationId is { } o ? organisationNames.GetValueOrDefault(o) : null)).ToList();

        var recorded = await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().ToListAsync(cancellationToken);
        Actions = recorded.Union(AdminNames.KnownActions).Select(a => (a, AdminNames.ActionLabel(a)))
            .OrderBy(a => a.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true)).ToList();
        await audit.RecordAsync(AuditActions.AuditViewed, participantId: Filter.ParticipantId, cancellationToken: cancellationToken);
    }
}
