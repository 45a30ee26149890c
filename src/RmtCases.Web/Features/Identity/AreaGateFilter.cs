using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Who may enter a folder of pages, asked before model binding's results are used and before any handler,
/// for every method and handler name, so no page of the folder depends on its handlers remembering the check.
/// A refusal is 404: the pages do not confirm that they exist. Handlers still check the resource they act on.
/// </summary>
public sealed class AreaGateFilter(Func<HttpContext, Task<bool>> mayEnter) : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>Before <see cref="Hosting.HandlerRequiredFilter"/>.</summary>
    public int Order => -1000;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!await mayEnter(context.HttpContext))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
