namespace RmtCases.Web.Features.Forms;

/// <summary>
/// ASP.NET Core refuses a whole urlencoded form that holds a NUL ("%00": "The form value contains invalid
/// characters"), so the antiforgery check cannot read its token and the person gets a bare 400 with their input
/// lost. This turns each "%00" into U+FFFD before the form is read; the field's <see cref="Domain.Validation.PlainText"/>
/// rule then refuses it with a message next to the field, and the form comes back with the rest of the input.
/// </summary>
public sealed class NulInFormMiddleware(RequestDelegate next)
{
    // The forms of this application are a few KB; a larger body is left to the framework as it is.
    private const int MaxBufferedBytes = 256 * 1024;

    private static ReadOnlySpan<byte> EncodedNul => "%00"u8;

    private static ReadOnlySpan<byte> EncodedReplacement => "%EF%BF%BD"u8;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.ContentLength is > 0 and <= MaxBufferedBytes
            && request.ContentType is { } contentType
            && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var body = new byte[(int)request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            var replaced = Replace(body);
            request.Body = new MemoryStream(replaced, writable: false);
            request.ContentLength = replaced.Length;
        }

        await next(context);
    }

    private static byte[] Replace(byte[] body)
    {
        if (body.AsSpan().IndexOf(EncodedNul) < 0)
        {
            return body;
        }

        using var output = new MemoryStream(body.Length + 16);
        var rest = body.AsSpan();
        int at;
        while ((at = rest.IndexOf(EncodedNul)) >= 0)
        {
            output.Write(rest[..at]);
            output.Write(EncodedReplacement);
            rest = rest[(at + EncodedNul.Length)..];
        }

        output.Write(rest);
        return output.ToArray();
    }
}
