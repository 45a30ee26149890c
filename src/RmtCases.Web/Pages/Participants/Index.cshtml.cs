using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using RmtCases.Domain.Access;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Audit;
using RmtCases.Web.Features.Forms;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages.Participants;

/// <summary>
/// The caseworker's list. Search terms are personal data, so the form is a POST: they never land in a
/// URL, a browser history, a proxy log or a Referer header. The POST stores them as a <see cref="SavedSearch"/>
/// and redirects to a GET on its opaque key, so results and pages are links that survive the back button.
/// </summary>
public sealed class IndexModel(CaseFiles files, RmtDbContext db, AuditLog audit, SavedSearches searches) : PageModel
{
    public const int PageSize = 25;

    /// <summary>
    /// Counting stops here. An exact count of a whole region costs a look at every participant in it (and,
    /// with a service filter, at their services) on every page; past a thousand a caseworker narrows the
    /// search rather than pages on, so the list says "more than 1.000" and offers the first 40 pages.
    /// </summary>
    public const int CountLimit = 1000;

    [BindProperty]
    public ParticipantSearch Search { get; set; } = new();

    public IReadOnlyList<ParticipantRow> Rows { get; private set; } = [];

    /// <summary>The number found, at most <see cref="CountLimit"/> + 1; see <see cref="MoreThanLimit"/>.</summary>
    public int Total { get; private set; }

    public bool MoreThanLimit => Total > CountLimit;

    public int PageCount => Math.Max(1, (Math.Min(Total, CountLimit) + PageSize - 1) / PageSize);

    public bool Filtered { get; private set; }

    public int PageNumber { get; private set; } = 1;

    /// <summary>The saved search shown, for the paging links; null for the unfiltered list.</summary>
    public Guid? Token { get; private set; }

    /// <summary>The key in the URL is not (or no longer) a search of this user.</summary>
    public bool UnknownSearch { get; private set; }

    public string PagePath(int page) => Token is { } token
        ? SavedSearches.PathFor(token, page)
        : page > 1 ? $"/deelnemers?pagina={page}" : "/deelnemers";

    public IReadOnlyList<SelectListItem> StatusOptions { get; } = FormRules.Options<ParticipantStatus>(s => s.Label());

    public IReadOnlyList<SelectListItem> PhaseOptions { get; } = FormRules.Options<RoutePhase>(p => p.Label());

    /// <summary>The services the actor may see: werkfitbehoud reveals category g, so union and employer staff are not offered it.</summary>
    public IReadOnlyList<SelectListItem> ServiceTypeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SortOptions { get; } =
    [
        new("Achternaam", nameof(ParticipantSortOrder.Name)),
        new("Geboortedatum", nameof(ParticipantSortOrder.DateOfBirth)),
        new("Laatst geregistreerd", nameof(ParticipantSortOrder.Registered)),
    ];

    /// <param name="zoekopdracht">The key of a saved search of this user.</param>
    /// <param name="pagina">The page of the results.</param>
    /// <param name="terug">Back from a case file: to the user's latest search, at the page last shown.</param>
    /// <remarks>Read as text: a tampered value is no error to show, just the first page or an unknown search.</remarks>
    public async Task<IActionResult> OnGetAsync(string? zoekopdracht, string? pagina, string? terug, CancellationToken cancellationToken)
    {
        var actor = files.Actor;

        if (terug is not null)
        {
            return await searches.LatestAsync(actor.UserId, cancellationToken) is { } latest
                ? Redirect(SavedSearches.PathFor(latest.Token, latest.Page))
                : Redirect("/deelnemers");
        }

        PageNumber = int.TryParse(pagina, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1;
        if (zoekopdracht is not null)
        {
            var criteria = Guid.TryParseExact(zoekopdracht, "N", out var token)
                ? await searches.FindAsync(actor.UserId, token, PageNumber, cancellationToken)
                : null;
            if (criteria is null)
            {
                UnknownSearch = true;
                ServiceTypeOptions = ServicesFor(actor);
                return Page();
            }

            Token = token;
            Search = JsonSerializer.Deserialize<ParticipantSearch>(criteria) ?? new();
        }

        return await RunAsync(actor, save: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = files.Actor;

        return await RunAsync(actor, save: true, cancellationToken);
    }

    private IReadOnlyList<SelectListItem> ServicesFor(Actor actor) => FormRules.Options<ServiceType>(t => t.Label())
        .Where(o => files.Policy.CanSeeService(actor, Enum.Parse<ServiceType>(o.Value))).ToList();

    private async Task<IActionResult> RunAsync(Actor actor, bool save, CancellationToken cancellationToken)
    {

        ServiceTypeOptions = ServicesFor(actor);

        // Surname: a prefix of the stored key, made by the same database function, so "Ozturk" meets "Öztürk".
        // starts_with, not LIKE: under row-level security only leakproof operators reach the index, and
        // LIKE is not leakproof; starts_with is, and the planner turns it into a range on the
        // (region, surname key) index. The typed name is a parameter, never SQL text.
        IQueryable<Participant> source = db.Participants;
        if (!string.IsNullOrWhiteSpace(Search.Name))
        {
            var name = Search.Name.Trim();
            source = source.Where(p => DbText.StartsWith(EF.Property<string>(p.Person, "SurnameKey"), DbText.Unaccent(name).ToLower()));
            Filtered = true;
        }

        // Given names: any of them, from its start, accents and case ignored. strpos, not LIKE, so that a typed
        // % or _ is only a character. No index: it narrows a region already narrowed by row-level security.
        if (!string.IsNullOrWhiteSpace(Search.GivenName))
        {
            var given = " " + Search.GivenName.Trim();
            source = source.Where(p => DbText.Position(" " + DbText.Unaccent(p.Person.GivenNames).ToLower(), DbText.Unaccent(given).ToLower()) > 0);
            Filtered = true;
        }

        var query = source.VisibleTo(actor, files.Policy).AsNoTracking();
        var errors = new FormRules.Errors();

        if (!string.IsNullOrWhiteSpace(Search.Postcode))
        {
            var typed = Search.Postcode.Trim();
            if (DutchPostcode.TryNormalise(typed, out var postcode))
            {
                query = query.Where(p => p.Person.Postcode == postcode);
            }
            else if (typed.Length == 4 && typed.All(char.IsAsciiDigit))
            {
                // A range, not LIKE, for the same reason as the surname: it can use the index under RLS.
                var next = (int.Parse(typed, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                query = query.Where(p => p.Person.Postcode.CompareTo(typed) >= 0 && p.Person.Postcode.CompareTo(next) < 0);
            }
            else
            {
                errors.Add(nameof(ParticipantSearch.Postcode), "Vul een postcode in, bijvoorbeeld 1234 AB, of alleen de vier cijfers.");
            }

            Filtered = true;
        }

        if (errors.Date(Search.DateOfBirth, nameof(ParticipantSearch.DateOfBirth), null) is { } dateOfBirth)
        {
            query = query.Where(p => p.Person.DateOfBirth == dateOfBirth);
            Filtered = true;
        }

        if (Search.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
            Filtered = true;
        }

        if (Search.Phase is { } phase)
        {
            query = query.Where(p => p.RoutePhase == phase);
            Filtered = true;
        }

        // Only the services narrow the search: the count can then be read from the services alone (below).
        var byServicesAlone = !Filtered && files.Policy.Scope(actor) == ParticipantScope.Region;
        IQueryable<int>? servicesCount = null;

        if (Search.ServiceType is { } hidden && !files.Policy.CanSeeService(actor, hidden))
        {
            // Answered as any value not in the list: nothing says that such rows exist.
            errors.Add(nameof(ParticipantSearch.ServiceType), "Kies een dienst uit de lijst.");
        }
        else if (Search.ServiceType is { } serviceType)
        {
            // By the region's own index (region, type, participant; migration PerRequestCost) and not by the
            // participant's: the services' region, copied from the participant by a trigger, is not in the model, and
            // without it PostgreSQL fetched every probed service row for its region policy (15,000 buffers per count
            // at 1M participants against 750). Row-level security applies to this SQL as to any.
            var region = actor.RegionId;
            var type = (int)serviceType;
            var withService = db.Database.SqlQuery<Guid>(
                $"SELECT participant_id AS \"Value\" FROM service_deliveries WHERE region_id = {region} AND service_type = {type}");
            query = query.Where(p => withService.Contains(p.Id));
            Filtered = true;

            // A whole region's participants with the service: the distinct participants in the same index, in its
            // order, stopping at the limit (10 buffers), instead of hashing every service of that type in the region
            // (19,000 at 1M, 6 ms) to join the region's participants. Exact, as a service's region is its
            // participant's (kept by triggers both ways), and a region-wide caseworker sees every participant of it.
            if (byServicesAlone)
            {
                servicesCount = db.Database.SqlQuery<int>($"""
                    SELECT count(*)::int AS "Value" FROM (
                        SELECT DISTINCT participant_id FROM service_deliveries WHERE region_id = {region} AND service_type = {type}
                        LIMIT {CountLimit + 1}) AS s
                    """);
            }
        }

        ModelState.AddErrors(nameof(Search), errors.List);
        if (errors.Any)
        {
            return Page();
        }

        if (save)
        {
            // Post, redirect, get: the terms go into the database, the browser gets only the key.
            var token = await searches.SaveAsync(actor.UserId, JsonSerializer.Serialize(Search), cancellationToken);
            return SeeOther(SavedSearches.PathFor(token));
        }

        Total = servicesCount is not null
            ? await servicesCount.SingleAsync(cancellationToken)
            : await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var page = Math.Clamp(PageNumber, 1, PageCount);
        PageNumber = page;

        var ordered = (Search.Sort ?? ParticipantSortOrder.Name) switch
        {
            ParticipantSortOrder.DateOfBirth => query.OrderBy(p => p.Person.DateOfBirth).ThenBy(p => p.Id),
            ParticipantSortOrder.Registered => query.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
            _ => query.OrderBy(p => EF.Property<string>(p.Person, "SurnameKey")).ThenBy(p => p.Person.GivenNames).ThenBy(p => p.Id),
        };
        Rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new ParticipantRow(p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Person.DateOfBirth,
                p.Person.Postcode, p.Person.City, p.Status, p.RegisteredAt, p.RoutePhase))
            .ToListAsync(cancellationToken);

        // A list of names is a read of personal data too; ids only, never the search terms.
        await audit.RecordAsync(AuditActions.ParticipantListed, categories: [Category.Person], cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>303 See Other: the browser follows a POST's redirect with a GET, and the back button never resubmits.</summary>
    private StatusCodeResult SeeOther(string path)
    {
        Response.Headers.Location = path;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}
