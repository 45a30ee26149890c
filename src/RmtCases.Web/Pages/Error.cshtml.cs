using Microsoft.AspNetCore.Authorization;
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
        (Title, Explanation) = code switch
        {
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of u hebt er geen toegang toe."),
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina."),
            400 => ("Verzoek niet geldig", "Het formulier is verlopen of onvolledig. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
            _ => (Title, Explanation),
        };
    }
}
