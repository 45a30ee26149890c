using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateOnlyModelBinder() : null;
}
