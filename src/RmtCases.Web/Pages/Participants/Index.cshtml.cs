using System.ComponentModel.DataAnnotations;
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
/// URL, a browser history, a proxy log or a Referer header. Paging and sorting are POST buttons of the same form.
/// </summary>
public sealed class IndexModel(CaseFiles files, RmtDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 25;

    /// <summary>
    /// Counting stops here. An exact count of a whole region costs a look at every participant in it (and,
    /// with a service filter, at their services) on every page; past a thousand a caseworker narrows the
    /// search rather than pages on, so the list says "more than 1.000" and offers the first 40 pages.
    /// </summary>
    public const int CountLimit = 1000;

    [BindProperty]
    public SearchInput Search { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The number found, at most <see cref="CountLimit"/> + 1; see <see cref="MoreThanLimit"/>.</summary>
    public int Total { get; private set; }

    public bool MoreThanLimit => Total > CountLimit;

    public int PageCount => Math.Max(1, (Math.Min(Total, CountLimit) + PageSize - 1) / PageSize);

    public bool Filtered { get; private set; }

    public IReadOnlyList<SelectListItem> StatusOptions { get; } = FormRules.Options<ParticipantStatus>(s => s.Label());

    public IReadOnlyList<SelectListItem> PhaseOptions { get; } = FormRules.Options<RoutePhase>(p => p.Label());

    /// <summary>The services the actor may see: werkfitbehoud reveals category g, so union and employer staff are not offered it.</summary>
    public IReadOnlyList<SelectListItem> ServiceTypeOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SortOptions { get; } =
    [
        new("Achternaam", nameof(SortOrder.Name)),
        new("Geboortedatum", nameof(SortOrder.DateOfBirth)),
        new("Laatst geregistreerd", nameof(SortOrder.Registered)),
    ];

    public enum SortOrder
    {
        Name = 1,
        DateOfBirth = 2,
        Registered = 3,
    }

    public sealed record SearchInput
    {
        [Display(Name = "Achternaam")]
        public string? Name { get; set; }

        [Display(Name = "Postcode")]
        public string? Postcode { get; set; }

        [Display(Name = "Geboortedatum")]
        public string? DateOfBirth { get; set; }

        [Display(Name = "Status")]
        public ParticipantStatus? Status { get; set; }

        [Display(Name = "Dienstverlening")]
        public ServiceType? ServiceType { get; set; }

        [Display(Name = "Fase van het traject")]
        public RoutePhase? Phase { get; set; }

        [Display(Name = "Sorteren op")]
        public SortOrder? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string GivenNames, string? Infix, string Surname, DateOnly DateOfBirth, string Postcode, string City, ParticipantStatus Status, DateTimeOffset RegisteredAt, RoutePhase Phase)
    {
        public string FullName => string.Join(' ', new[] { GivenNames, Infix, Surname }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await RunAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await RunAsync(cancellationToken);

    private async Task<IActionResult> RunAsync(CancellationToken cancellationToken)
    {
        var actor = await files.ActorAsync(cancellationToken);
        if (files.Policy.Scope(actor) == ParticipantScope.None)
        {
            return NotFound();
        }

        ServiceTypeOptions = FormRules.Options<ServiceType>(t => t.Label())
            .Where(o => files.Policy.CanSeeService(actor, Enum.Parse<ServiceType>(o.Value))).ToList();

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
                errors.Add(nameof(SearchInput.Postcode), "Vul een postcode in, bijvoorbeeld 1234 AB, of alleen de vier cijfers.");
            }

            Filtered = true;
        }

        if (errors.Date(Search.DateOfBirth, nameof(SearchInput.DateOfBirth), null) is { } dateOfBirth)
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

        if (Search.ServiceType is { } hidden && !files.Policy.CanSeeService(actor, hidden))
        {
            // Answered as any value not in the list: nothing says that such rows exist.
            errors.Add(nameof(SearchInput.ServiceType), "Kies een dienst uit de lijst.");
        }
        else if (Search.ServiceType is { } serviceType)
        {
            query = query.Where(p => p.ServiceDeliveries.Any(s => s.ServiceType == serviceType));
            Filtered = true;
        }

        ModelState.AddErrors(nameof(Search), errors.List);
        if (errors.Any)
        {
            return Page();
        }

        Total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var page = Math.Clamp(Search.Page, 1, PageCount);
        ModelState.Remove($"{nameof(Search)}.{nameof(SearchInput.Page)}");
        Search.Page = page;

        var ordered = (Search.Sort ?? SortOrder.Name) switch
        {
            SortOrder.DateOfBirth => query.OrderBy(p => p.Person.DateOfBirth).ThenBy(p => p.Id),
            SortOrder.Registered => query.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
            _ => query.OrderBy(p => EF.Property<string>(p.Person, "SurnameKey")).ThenBy(p => p.Person.GivenNames).ThenBy(p => p.Id),
        };
        Rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Person.GivenNames, p.Person.Infix, p.Person.Surname, p.Person.DateOfBirth,
                p.Person.Postcode, p.Person.City, p.Status, p.RegisteredAt, p.RoutePhase))
            .ToListAsync(cancellationToken);

        // A list of names is a read of personal data too; ids only, never the search terms.
        await audit.RecordAsync(AuditActions.ParticipantListed, categories: [Category.Person], cancellationToken: cancellationToken);
        return Page();
    }
}
