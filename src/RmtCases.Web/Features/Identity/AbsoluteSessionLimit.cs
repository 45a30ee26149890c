using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

/// <summary>Sessions end 12 hours after sign-in, whatever the activity (sliding renewal keeps the 30-minute idle limit).</summary>
public static class AbsoluteSessionLimit
{
    public const string SignedInAtKey = "rmt.signed_in_at";
    public static readonly TimeSpan Limit = TimeSpan.FromHours(12);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var value)
            || !DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var signedInAt)
            || time.GetUtcNow() - signedInAt > Limit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
