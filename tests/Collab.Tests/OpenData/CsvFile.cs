using System.Text;
using CsvHelper;

namespace Collab.Tests.OpenData;

/// <summary>A CSV file read with CsvHelper, apart from how the product writes it: the header and every row by column name.</summary>
public sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvFile Parse(string text)
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text), new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            DetectSeparatorHint = false,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(p => p.name, p => p.value));
        }

        return new CsvFile(header, rows);
    }
}
