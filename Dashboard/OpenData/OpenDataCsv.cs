using System.Globalization;
using System.Text;

namespace Collab.Dashboard.OpenData;

/// <summary>
/// The CSV files of a version (RFC 4180: comma, CRLF, UTF-8, decimal point): machine-readable for harvesters, the same in
/// every language. A suppressed value is the marker <c>x</c>, with <c>suppressed</c> true, as explained in the definitions.
/// </summary>
public static class OpenDataCsv
{
    public const string DataHeader = "period,version,member,month,indicator,value,suppressed";
    public const string ExchangeHeader = "period,version,giver,receiver,contacts,suppressed";

    public static string Data(OpenDataSet set) => Write(DataHeader, set.Rows.Select(r =>
        $"{set.Period},{Number(set.Version)},{r.Member},{r.Month},{r.Indicator},{Value(r.Value)},{Bool(r.Suppressed)}"));

    public static string Exchange(OpenDataSet set) => Write(ExchangeHeader, set.Exchange.Select(r =>
        $"{set.Period},{Number(set.Version)},{r.Giver},{r.Receiver},{Value(r.Contacts)},{Bool(r.Suppressed)}"));

    private static string Write(string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder(header).Append("\r\n");
        foreach (var line in lines)
        {
            text.Append(line).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Value(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : OpenDataSet.SuppressedMarker;

    private static string Bool(bool value) => value ? "true" : "false";
}
