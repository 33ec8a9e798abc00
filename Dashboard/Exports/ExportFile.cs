namespace Collab.Dashboard.Exports;

/// <summary>One table written in the asked format, as bytes or as a download.</summary>
public static class ExportFile
{
    public static async Task<byte[]> Write(ExportTable table, ExportFormat format, CancellationToken cancellationToken = default) => format switch
    {
        ExportFormat.Xlsx => await XlsxExportWriter.Write(table, cancellationToken),
        ExportFormat.Ods => OdsExportWriter.Write(table),
        _ => CsvExportWriter.Write(table),
    };

    public static async Task<IResult> Download(ExportTable table, ExportFormat format, CancellationToken cancellationToken = default) =>
        Results.File(await Write(table, format, cancellationToken), format.MediaType(), $"{table.FileName}.{format.Extension()}");
}
