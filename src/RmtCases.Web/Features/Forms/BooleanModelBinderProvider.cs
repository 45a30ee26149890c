using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RmtCases.Web.Features.Forms;

public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new BooleanModelBinder() : null;
}
