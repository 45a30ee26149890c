using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Razor Pages renders a page without running any handler when none matches the method or the
/// <c>?handler=</c> name, and falls back to the unnamed handler for an unknown name. A page then renders
/// with nothing loaded (a 500) or skips the checks its handler makes. Here every request to a page runs
/// exactly the handler it names: an unknown name is 404, a method the page has no handler for is 405.
/// Runs after the area gates (<see cref="Order"/>), so a refused user learns nothing about the page's handlers.
/// </summary>
public sealed class HandlerRequiredFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => 0;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The error page is re-executed with the failed request's method; it only describes the error.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }

        var requested = context.RouteData.Values.TryGetValue("handler", out var routed) && routed is string fromRoute && fromRoute.Length > 0
            ? fromRoute
            : http.Request.Query["handler"].FirstOrDefault();
        requested = string.IsNullOrEmpty(requested) ? null : requested;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var selected = context.HandlerMethod;
        if (selected is null)
        {
            var method = HttpMethods.IsHead(http.Request.Method) ? HttpMethods.Get : http.Request.Method;
            if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
            {
                context.Result = new NotFoundResult();
                return;
            }

            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            if (allowed.Contains(HttpMethods.Get))
            {
                allowed.Add(HttpMethods.Head);
            }

            http.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (!string.Equals(selected.Name, requested, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
