using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Collab.Tests.Exports;

/// <summary>
/// A table as the browser shows it (the table just before a page's download links), its three downloads read back by the
/// independent readers, and the comparison of both: same count, same order, same text, same numbers to the screen's decimals.
/// </summary>
public static partial class ScreenTable
{
    public static readonly string[] Formats = ["csv", "xlsx", "ods"];

    private static readonly CultureInfo Dutch = new("nl-NL");

    /// <summary>The body rows of the table before the downloads named <paramref name="name"/>: row header, then cells, as text.</summary>
    public static async Task<string[][]> Rows(IPage page, string name) => await page.EvaluateAsync<string[][]>(
        """
        name => {
          const downloads = document.querySelector(`[data-testid="downloads-${name}"]`);
          const tables = [...document.querySelectorAll('table')].filter(t => t.compareDocumentPosition(downloads) & Node.DOCUMENT_POSITION_FOLLOWING);
          const table = tables[tables.length - 1];
          const text = c => c.textContent.replace(/\s+/g, ' ').trim();
          // A member's row header may carry a badge ("lid sinds …") after its link: the link is the name.
          const cell = c => c.tagName === 'TH' && c.querySelector('a') ? text(c.querySelector('a')) : text(c);
          return [...table.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(cell));
        }
        """,
        name);

    /// <summary>Downloads the table named <paramref name="name"/> in every format, from the links the page shows.</summary>
    public static async Task<Dictionary<string, SheetReader>> Downloads(IPage page, string name)
    {
        var sheets = new Dictionary<string, SheetReader>();
        foreach (var format in Formats)
        {
            var href = await page.GetByTestId($"download-{name}-{format}").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.True(response.Status == 200, $"{name} as {format}: {response.Status}");
            sheets[format] = await SheetReader.Read(await response.BodyAsync(), format);
        }

        return sheets;
    }

    /// <summary>Every format's body below <paramref name="firstHeader"/> equals the screen's rows, cell by cell.</summary>
    public static void AssertSame(string name, string[][] screen, Dictionary<string, SheetReader> sheets, string firstHeader)
    {
        foreach (var (format, sheet) in sheets)
        {
            var body = sheet.Body(firstHeader);
            Assert.True(screen.Length == body.Count, $"{name} as {format}: {body.Count} rows, the screen shows {screen.Length}.");
            for (var r = 0; r < screen.Length; r++)
            {
                Assert.True(screen[r].Length <= body[r].Count, $"{name} as {format}, row {r + 1}: {body[r].Count} cells, the screen shows {screen[r].Length}.");
                for (var c = 0; c < screen[r].Length; c++)
                {
                    Assert.True(Same(screen[r][c], body[r][c], format), $"{name} as {format}, row {r + 1}, cell {c + 1}: screen '{screen[r][c]}', file {body[r][c]}.");
                }
            }
        }
    }

    /// <summary>The header block's text (the lines above the column headers), to find the period, filters and version in.</summary>
    public static string HeaderBlock(SheetReader sheet, string firstHeader) =>
        string.Join("\n", sheet.Rows.TakeWhile(r => r.Count == 0 || r[0].Text != firstHeader).Select(r => string.Join(" ", r.Select(c => c.Text))));

    /// <summary>
    /// A screen cell and a file cell say the same: equal text, or the same number at the screen's decimals (a percentage
    /// as its fraction, euros without the sign); "–" on screen is an empty cell.
    /// </summary>
    public static bool Same(string screen, SheetCell file, string format)
    {
        var number = ScreenNumber().Match(screen.Replace('\u00a0', ' ').Replace('\u2212', '-'));
        if (file.Type == "empty")
        {
            return screen is "–" or "-" or "";
        }

        if (!number.Success)
        {
            // CSV keeps a formula-like text as text by a leading apostrophe (FormulaGuard); the other formats by the cell's type.
            var text = format == "csv" && screen.Length > 0 && "=+-@".Contains(screen[0], StringComparison.Ordinal) && file.Text?.StartsWith('\'') == true ? file.Text[1..] : file.Text;
            return file.Type == "text" && Normal(text) == screen;
        }

        double value;
        if (format == "csv")
        {
            if (!double.TryParse(file.Text, NumberStyles.Number, Dutch, out value))
            {
                return false;
            }
        }
        else if (file.Type == "number")
        {
            value = file.Number!.Value;
        }
        else
        {
            return false;
        }

        var digits = number.Groups["number"].Value;
        var decimals = digits.Contains(',', StringComparison.Ordinal) ? digits.Length - digits.IndexOf(',', StringComparison.Ordinal) - 1 : 0;
        var shown = decimal.Parse(digits, NumberStyles.Number, Dutch) * (number.Groups["sign"].Value == "-" ? -1 : 1);
        var read = (decimal)value * (number.Groups["percent"].Success ? 100 : 1);
        return Math.Round(read, decimals, MidpointRounding.AwayFromZero) == shown;
    }

    private static string Normal(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();

    // "1.234", "12,5", "-3", "45%", "+25%" (a change), "€ 1.200", "€ -1.200": a number as the Dutch screen shows it.
    [GeneratedRegex(@"^(?:€\s?)?(?<sign>[-+])?(?:€\s?)?(?<number>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s?(?<percent>%)?$")]
    private static partial Regex ScreenNumber();
}
