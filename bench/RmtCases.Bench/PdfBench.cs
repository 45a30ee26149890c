using System.Diagnostics;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Bench;

/// <summary>`pdf [OUTPUT_DIR]`: render and encrypt the sample case reports; OUTPUT_DIR receives the sample PDFs.</summary>
internal static class PdfBench
{
    private const int WarmUp = 5;
    private const int Iterations = 50;

    public static int Run(string[] args)
    {
        var outputDir = args.Length > 0 ? args[0] : null;
        Console.WriteLine($"{Iterations} iterations after {WarmUp} warm-up runs; times are medians");
        foreach (var (name, report) in new[] { ("large", SampleCases.Large()), ("minimal", SampleCases.Minimal()), ("scripts", SampleCases.Scripts()) })
        {
            var password = ExportPassword.Generate();
            for (var i = 0; i < WarmUp; i++)
            {
                QpdfEncryptor.Encrypt(PdfRenderer.Render(report), password);
            }

            var render = new double[Iterations];
            var encrypt = new double[Iterations];
            var total = new double[Iterations];
            byte[] plain = [], encrypted = [];
            for (var i = 0; i < Iterations; i++)
            {
                var start = Stopwatch.GetTimestamp();
                plain = PdfRenderer.Render(report);
                var rendered = Stopwatch.GetTimestamp();
                encrypted = QpdfEncryptor.Encrypt(plain, password);
                var end = Stopwatch.GetTimestamp();
                render[i] = Stopwatch.GetElapsedTime(start, rendered).TotalMilliseconds;
                encrypt[i] = Stopwatch.GetElapsedTime(rendered, end).TotalMilliseconds;
                total[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
            }

            Console.WriteLine(
                $"{name,-8} total {Stats.Median(total),5:F1} ms (render {Stats.Median(render):F1}, encrypt {Stats.Median(encrypt):F1}; "
                + $"slowest {total.Max():F1})  size {encrypted.Length / 1024.0:F1} KB encrypted, {plain.Length / 1024.0:F1} KB plain");

            if (outputDir is not null)
            {
                Directory.CreateDirectory(outputDir);
                File.WriteAllBytes(Path.Combine(outputDir, $"{name}.pdf"), plain);
                File.WriteAllBytes(Path.Combine(outputDir, $"{name}-encrypted.pdf"), encrypted);
                File.WriteAllText(Path.Combine(outputDir, $"{name}-password.txt"), password);
            }
        }

        return 0;
    }
}
