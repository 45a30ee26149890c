using System.Diagnostics;
using System.Text;
using FluentAssertions;
using RmtCases.Web.Features.Pdf;
using UglyToad.PdfPig.Exceptions;

namespace RmtCases.Web.Tests.Features.Pdf;

public class ExportPipelineTests
{
    private readonly string _password = ExportPassword.Generate();
    private readonly byte[] _plain;
    private readonly byte[] _encrypted;

    public ExportPipelineTests()
    {
        _plain = PdfRenderer.Render(TestReports.LongCase());
        _encrypted = QpdfEncryptor.Encrypt(_plain, _password);
    }

    [Fact]
    public void Encrypted_export_opens_with_the_password_and_keeps_its_text()
    {
        var pages = PdfText.Pages(_encrypted, _password);

        pages.Should().HaveCountGreaterThanOrEqualTo(3);
        var all = string.Join(' ', pages);
        all.Should().Contain("Dossieroverzicht deelnemer")
            .And.Contain(TestReports.Canary)
            .And.Contain(TestReports.DiacriticsLine)
            .And.Contain("Rij 001").And.Contain("Rij 090")
            .And.Contain("Einde van het overzicht.");
    }

    [Fact]
    public void Every_page_has_the_footer_with_page_x_of_n()
    {
        var pages = PdfText.Pages(_encrypted, _password);

        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Should().Contain("Exportkenmerk ABC-123").And.Contain($"pagina {i + 1} van {pages.Count}");
        }
    }

    [Fact]
    public void Table_header_row_repeats_on_every_page_the_table_continues_on()
    {
        var pages = PdfText.Pages(_encrypted, _password);
        var tablePages = pages.Where(text => text.Contains("Rij ")).ToList();

        tablePages.Should().HaveCountGreaterThanOrEqualTo(3);
        tablePages.Should().AllSatisfy(text =>
        {
            CountOf(text, TestReports.RepeatedHeader).Should().Be(1);
            text.IndexOf(TestReports.RepeatedHeader, StringComparison.Ordinal)
                .Should().BeLessThan(text.IndexOf("Rij ", StringComparison.Ordinal), "the header comes before the rows");
        });
    }

    [Fact]
    public void Export_without_the_password_cannot_be_opened()
    {
        var open = () => PdfText.Open(_encrypted).GetPage(1);

        open.Should().Throw<PdfDocumentEncryptedException>();
    }

    [Fact]
    public void Export_with_a_wrong_password_cannot_be_opened()
    {
        var open = () => PdfText.Open(_encrypted, ExportPassword.Generate()).GetPage(1);

        open.Should().Throw<PdfDocumentEncryptedException>();
    }

    [Fact]
    public void Encryption_is_aes_256_revision_6_in_the_unencrypted_encryption_dictionary()
    {
        var raw = Encoding.Latin1.GetString(_encrypted);

        raw.Should().Contain("/Filter /Standard")
            .And.Contain("/V 5")
            .And.Contain("/R 6")
            .And.Contain("/CFM /AESV3")
            .And.Contain("/StmF /StdCF")
            .And.Contain("/StrF /StdCF");
    }

    [Fact]
    public void Qpdf_reports_aes_256_with_printing_allowed_and_changes_not()
    {
        var output = QpdfShowEncryption(_encrypted, _password);

        output.Should().Contain("R = 6")
            .And.Contain("Supplied password is user password")
            .And.Contain("stream encryption method: AESv3")
            .And.Contain("string encryption method: AESv3")
            .And.Contain("print high resolution: allowed")
            .And.Contain("modify document assembly: not allowed")
            .And.Contain("modify forms: not allowed")
            .And.Contain("modify annotations: not allowed")
            .And.Contain("modify other: not allowed");
    }

    [Fact]
    public void Metadata_holds_only_the_producer_and_is_encrypted()
    {
        using (var document = PdfText.Open(_encrypted, _password))
        {
            var info = document.Information;
            info.Producer.Should().Be("RmtCases");
            info.CreationDate.Should().NotBeNullOrEmpty();
            new[] { info.Title, info.Author, info.Subject, info.Keywords, info.Creator }
                .Should().AllSatisfy(value => value.Should().BeNullOrEmpty());
        }

        // The same probe finds the producer in the unencrypted rendering, so its absence means something.
        Contains(_plain, "RmtCases").Should().BeTrue();
        Contains(_encrypted, "RmtCases").Should().BeFalse();
        Contains(_encrypted, "D:20").Should().BeFalse("the creation date is encrypted too");
    }

    [Fact]
    public void No_personal_text_appears_in_the_encrypted_bytes()
    {
        foreach (var probe in new[] { TestReports.Canary, "Dossieroverzicht", "Orderpicker", "Rij 001" })
        {
            Contains(_encrypted, probe, Encoding.UTF8).Should().BeFalse(probe);
            Contains(_encrypted, probe, Encoding.Latin1).Should().BeFalse(probe);
            Contains(_encrypted, probe, Encoding.BigEndianUnicode).Should().BeFalse(probe);
        }
    }

    [Fact]
    public void Each_export_gets_its_own_file_identifier_and_ciphertext()
    {
        var again = QpdfEncryptor.Encrypt(_plain, _password);

        again.Should().NotEqual(_encrypted);
        PdfText.Pages(again, _password).Should().Equal(PdfText.Pages(_encrypted, _password));
    }

    private static bool Contains(byte[] haystack, string needle, Encoding? encoding = null) =>
        haystack.AsSpan().IndexOf((encoding ?? Encoding.ASCII).GetBytes(needle)) >= 0;

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static string QpdfShowEncryption(byte[] pdf, string password)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);

            // The password goes in on standard input, never on the command line.
            var start = new ProcessStartInfo("qpdf")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "--password-file=-", "--show-encryption", path },
            };
            using var qpdf = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
            qpdf.StandardInput.WriteLine(password);
            qpdf.StandardInput.Close();
            var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            qpdf.ExitCode.Should().Be(0, output);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
