using FluentAssertions;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Tests.Features.Pdf;

public class QpdfEncryptorTests
{
    [Fact]
    public void Input_that_is_not_a_pdf_fails_without_showing_the_password()
    {
        var password = ExportPassword.Generate();

        var encrypt = () => QpdfEncryptor.Encrypt("geen pdf"u8.ToArray(), password);

        encrypt.Should().Throw<PdfEncryptionException>()
            .Which.Message.Should().StartWith("qpdf could not read the PDF").And.NotContain(password);
    }

    [Fact]
    public void Empty_password_is_refused()
    {
        var encrypt = () => QpdfEncryptor.Encrypt(PdfRenderer.Render(new PdfReport("X", [])), string.Empty);

        encrypt.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Concurrent_exports_do_not_interfere()
    {
        var results = Enumerable.Range(0, 16).AsParallel().Select(i =>
        {
            var password = ExportPassword.Generate();
            var report = new PdfReport($"Exportkenmerk P-{i}", [new PdfTitle($"Dossier {i}"), new PdfParagraph("Tekst met ë en €.")]);
            return (i, Text: PdfText.Pages(QpdfEncryptor.Encrypt(PdfRenderer.Render(report), password), password).Single());
        }).ToList();

        results.Should().AllSatisfy(result =>
            result.Text.Should().Contain($"Dossier {result.i}").And.Contain("Tekst met ë en €.").And.Contain($"P-{result.i}"));
    }
}
