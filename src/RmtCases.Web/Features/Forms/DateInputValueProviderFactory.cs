using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

/// <summary>Puts <see cref="DateInputValueProvider"/> before the form's (or the query string's) own provider.</summary>
public sealed class DateInputValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
            context.ValueProviders.Insert(0, new DateInputValueProvider(form));
        }
        else if (request.Query.Count > 0)
        {
            context.ValueProviders.Insert(0, new DateInputValueProvider(request.Query));
        }
    }
}
