using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace RmtCases.Web.Tests.Features.Pdf;

internal static class PdfText
{
    public static PdfDocument Open(byte[] pdf, string? password = null) =>
        PdfDocument.Open(pdf, new ParsingOptions { Password = password ?? string.Empty });

    /// <summary>The page's words, separated by single spaces, in drawing order.</summary>
    public static string Of(Page page) => string.Join(' ', page.GetWords().Select(word => word.Text));

    public static IReadOnlyList<string> Pages(byte[] pdf, string? password = null)
    {
        using var document = Open(pdf, password);
        return document.GetPages().Select(Of).ToList();
    }
}
