using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RmtCases.Web.Pages;

// The error page is re-executed for a failed POST (status codes, exceptions); checking that POST's antiforgery
// token again would turn every error into a 400. The page only describes the error and changes nothing.
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Er ging iets mis";
    public string Explanation { get; private set; } = "Er is een fout opgetreden. Probeer het later opnieuw; uw gegevens zijn niet gewijzigd.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        (Title, Explanation) = code switch
        {
            // The download endpoint answers a used, expired or someone else's link alike (404), so this says
            // what all three have in common and what to do, not which one it was.
            404 when IsDownload(path) => (
                "Deze downloadlink werkt niet meer",
                "Een downloadlink werkt één keer, 5 minuten lang, en alleen voor wie de export maakte. " +
                "Deze link is al gebruikt, verlopen of van iemand anders. Maak een nieuwe export: in het dossier van " +
                "de deelnemer, of bij de loonwaardemeting voor een rapportage."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of u hebt er geen toegang toe."),
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina."),
            400 => ("Verzoek niet geldig", "Het formulier is verlopen of onvolledig. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
            _ => (Title, Explanation),
        };
    }

    private static bool IsDownload(string? path) =>
        path is not null && path.StartsWith("/downloads/", StringComparison.OrdinalIgnoreCase);
}
