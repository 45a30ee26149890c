using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Domain.Access;
using RmtCases.Web.Data;
using RmtCases.Web.Features.Home;
using RmtCases.Web.Features.Participants;

namespace RmtCases.Web.Pages;

/// <summary>The start of the day: for caseworkers their recent files and what needs attention, for the others their pages.</summary>
public sealed class IndexModel(CaseFiles files, RmtDbContext db) : PageModel
{
    public const int ErasureWindowDays = 7;

    public IReadOnlyList<(string Href, string Label)> Links { get; private set; } = [];

    /// <summary>Whether the user works with case files; only then are the recent list and the counts shown.</summary>
    public bool HasCaseFiles { get; private set; }

    public IReadOnlyList<RecentCaseFile> Recent { get; private set; } = [];

    public AttentionCount ErasuresDue { get; private set; }

    /// <summary>Null for whoever may not share, as the case file then shows no recipients either.</summary>
    public AttentionCount? RecipientsToInform { get; private set; }

    public bool HoldsCases { get; private set; }

    /// <summary>The first held cases in the order shown; <see cref="MineCount"/> counts them all, capped.</summary>
    public IReadOnlyList<CaseworkToday.HeldCase> Mine { get; private set; } = [];

    public AttentionCount MineCount { get; private set; }

    public IReadOnlyList<CaseworkToday.UnheldCase> WorkQueue { get; private set; } = [];

    public AttentionCount WorkQueueCount { get; private set; }

    /// <summary>The first actions due, soonest first; <see cref="Overdue"/> and <see cref="DueSoon"/> count them all, capped.</summary>
    public IReadOnlyList<CaseworkToday.DueAction> Actions { get; private set; } = [];

    public AttentionCount Overdue { get; private set; }

    public AttentionCount DueSoon { get; private set; }

    public AttentionCount EmploymentEndedEarly { get; private set; }

    public AttentionCount ServiceEnded { get; private set; }

    /// <summary>For assessors only: drafts of their municipality waiting to be finalised.</summary>
    public AttentionCount? DraftAssessments { get; private set; }

    public DateOnly Today => files.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await files.ActorAsync(cancellationToken);
        var policy = files.Policy;
        var links = new List<(string, string)>();
        HasCaseFiles = policy.Scope(actor) != ParticipantScope.None;
        HoldsCases = policy.CanHoldCases(actor);
        var sections = (HasCaseFiles ? HomeSections.Sections.CaseFiles : 0) | (HoldsCases ? HomeSections.Sections.HeldCases : 0)
            | (policy.CanAssessWageValue(actor) ? HomeSections.Sections.WageValueDrafts : 0);
        if (HasCaseFiles)
        {
            links.Add(("/deelnemers", "Deelnemers zoeken"));
            links.Add(("/deelnemers/nieuw", "Deelnemer registreren"));
        }

        if (sections != HomeSections.Sections.None)
        {
            var today = await HomeSections.LoadAsync(db, files, actor, sections, ErasureWindowDays, cancellationToken);
            Recent = today.Recent;
            (ErasuresDue, EmploymentEndedEarly, ServiceEnded) = today.Signals;
            RecipientsToInform = today.RecipientsToInform;
            (Mine, MineCount) = (today.Mine, today.MineCount);
            (WorkQueue, WorkQueueCount) = (today.WorkQueue, today.WorkQueueCount);
            (Actions, Overdue, DueSoon) = (today.Actions, today.Overdue, today.DueSoon);
            DraftAssessments = today.DraftAssessments;
        }

        if (policy.CanReadWageValue(actor))
        {
            links.Add(("/loonwaarde", "Loonwaardemetingen"));
        }

        if (policy.CanAdminister(actor))
        {
            links.Add(("/beheer/gebruikers", "Gebruikers beheren"));
            links.Add(("/beheer/organisaties", "Organisaties beheren"));
            links.Add(("/beheer/audit", "Logboek inzien"));
            links.Add(("/beheer/bewaartermijnen", "Bewaartermijnen en vernietiging"));
            links.Add(("/beheer/actiecatalogus", "Actiecatalogus en sjablonen"));
        }

        Links = links;
    }
}
