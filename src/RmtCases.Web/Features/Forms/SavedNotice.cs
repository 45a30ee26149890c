using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RmtCases.Web.Features.Forms;

/// <summary>
/// "De wijzigingen zijn opgeslagen": the one way a page redirects after a successful save, so the next page
/// (whichever it is) shows the notification banner once. The layout renders it from TempData.
/// </summary>
public static class SavedNotice
{
    public const string Key = "opgeslagen";

    public const string Text = "De wijzigingen zijn opgeslagen.";

    public static RedirectResult RedirectSaved(this PageModel page, string url)
    {
        page.TempData[Key] = "1";
        return new RedirectResult(url);
    }
}
