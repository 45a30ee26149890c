using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RmtCases.Web.Pages.Account.Sso;

[AllowAnonymous]
public sealed class RefusedModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "reden")]
    public string? Reason { get; set; }

    public string Message => Reason switch
    {
        "onbekend" => "Uw organisatie kent u, maar RmtCases heeft geen account voor u. Vraag de functioneel beheerder om een account voor uw e-mailadres.",
        "uitgeschakeld" => "Uw account bij RmtCases is uitgeschakeld. Neem contact op met de functioneel beheerder.",
        _ => "Uw organisatie gaf geen geldige bevestiging, of de inlogpoging was verlopen of al gebruikt. Probeer het opnieuw.",
    };

    public void OnGet()
    {
    }
}
