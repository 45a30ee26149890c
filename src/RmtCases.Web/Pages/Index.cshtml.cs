using Microsoft.AspNetCore.Mvc.RazorPages;
using RmtCases.Domain.Access;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Pages;

public sealed class IndexModel(CurrentActor current, AccessPolicy policy) : PageModel
{
    public IReadOnlyList<(string Href, string Label)> Links { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await current.RequireAsync(cancellationToken);
        var links = new List<(string, string)>();
        if (policy.Scope(actor) != ParticipantScope.None)
        {
            links.Add(("/deelnemers", "Deelnemers zoeken"));
            links.Add(("/deelnemers/nieuw", "Deelnemer registreren"));
        }

        if (policy.CanReadWageValue(actor))
        {
            links.Add(("/loonwaarde", "Loonwaardemetingen"));
        }

        if (policy.CanAdminister(actor))
        {
            links.Add(("/beheer/gebruikers", "Gebruikers beheren"));
            links.Add(("/beheer/organisaties", "Organisaties beheren"));
        }

        Links = links;
    }
}
