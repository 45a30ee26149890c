using CsvHelper;
using RmtCases.Web.Features.Hosting;
using SpreadCheetah;

namespace RmtCases.Web.Features.Figures;

/// <summary>
/// A figure's table as CSV (CsvHelper) or XLSX (SpreadCheetah): the same cells the page shows, suppressed cells as
/// their text ("&lt; 5", "x"), so a download holds nothing the page does not.
/// </summary>
public static class FigureDownloads
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(FigureTable table)
    {
        // Semicolons and decimal commas, as a Dutch spreadsheet opens a CSV; a byte order mark so it reads UTF-8.
        using var stream = new MemoryStream();
        // A text that starts like a formula (a provider's name typed as "=...") is escaped so a spreadsheet shows it.
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, true))
        {
            csv.WriteRecord([.. table.LabelHeaders.Concat(table.ValueHeaders)]);
            foreach (var row in table.Rows)
            {
                foreach (var label in row.Labels)
                {
                    csv.WriteField(label);
                }

                foreach (var cell in row.Cells)
                {
                    if (cell.Number is { } n)
                    {
                        csv.WriteField(n, cell.IsMoney ? "0.00" : "0", DutchFormat.Numbers);
                    }
                    else
                    {
                        csv.WriteField(cell.Text);
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    public static async Task<byte[]> XlsxAsync(FigureTable table, string note, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await spreadsheet.StartWorksheetAsync("Tabel", null, cancellationToken);
            await spreadsheet.AddRowAsync([new Cell(table.Title)], cancellationToken);
            await spreadsheet.AddRowAsync([.. table.LabelHeaders.Concat(table.ValueHeaders).Select(h => new Cell(h))], cancellationToken);
            foreach (var row in table.Rows)
            {
                var cells = row.Labels.Select(l => new Cell(l))
                    .Concat(row.Cells.Select(c => c.Number is { } n ? new Cell(n) : new Cell(c.Text)));
                await spreadsheet.AddRowAsync([.. cells], cancellationToken);
            }

            await spreadsheet.AddRowAsync([new Cell(note)], cancellationToken);
            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }
}
