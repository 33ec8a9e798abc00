using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Collab.Contracts.Directory;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Api;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Live;

namespace Collab.Dashboard.Import;

/// <summary>
/// A bulk import in two steps: a preview that stores nothing, then storing the previewed rows through the same desk as
/// the forms. Every row has a client id, so importing the same file again changes nothing.
/// </summary>
public sealed class ImportRunner(IClusterClient client, ICollaborationReader reader, RegistrationDesk desk, PageAudit audit, TimeProvider time)
{
    /// <summary>A member's rows go to its grain this many at a time: one ledger script each, and a progress step the page can show.</summary>
    private const int StoreChunk = 200;

    public async Task<ImportPreview> PreviewAsync(ImportKind kind, Stream csv, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var listing = await client.GetGrain<IDirectoryGrain>(0).GetListing();
        var figures = await reader.Read();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return await CsvImportReader.ReadAsync(kind, csv, listing, today,
            activity => RegistrationRights.Refusal(user, activity, id => figures.Initiatives.TryGetValue(id, out var initiative) ? initiative.Profile : null),
            id => figures.Initiatives.TryGetValue(id, out var initiative) ? initiative.Trajectory.Current.Phase : Contracts.Initiatives.ProcurementPhase.NotStarted,
            cancellationToken);
    }

    /// <summary>
    /// Stores a storable preview: members side by side, each member's rows in file order, progress in rows done.
    /// A page passes its origin for the audit line; the API passes null, its request has a line already.
    /// </summary>
    public async Task<ImportReport> StoreAsync(ImportPreview preview, ClaimsPrincipal user, string? auditOrigin, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (!preview.IsStorable)
        {
            throw new InvalidOperationException("Only a preview without errors is stored.");
        }

        var stored = 0;
        var duplicates = 0;
        var done = 0;
        var rejected = new ConcurrentBag<RowError>();
        await Task.WhenAll(preview.Rows.GroupBy(r => r.Activity.OwnerId).Select(async rows =>
        {
            foreach (var chunk in rows.Chunk(StoreChunk))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = await desk.RegisterMany(user, [.. chunk.Select(r => r.Activity)]);
                for (var i = 0; i < chunk.Length; i++)
                {
                    switch (results[i].Outcome)
                    {
                        case RegistrationOutcome.Accepted: Interlocked.Increment(ref stored); break;
                        case RegistrationOutcome.Duplicate: Interlocked.Increment(ref duplicates); break;
                        default:
                            foreach (var error in results[i].Errors)
                            {
                                rejected.Add(RowError.Of(chunk[i].Line, chunk[i].Activity.Id, error));
                            }

                            break;
                    }
                }

                progress?.Report(Interlocked.Add(ref done, chunk.Length));
            }
        }));

        var report = new ImportReport(preview.Kind, preview.Counts.Rows, stored, duplicates, preview.Counts.DuplicateInFile, [.. rejected.OrderBy(e => e.Line)]);
        if (auditOrigin is null)
        {
            return report;
        }

        await audit.WriteAsync(user, "IMPORT", $"/api/v1/imports/{preview.Kind.Slug()}",
            string.Create(CultureInfo.InvariantCulture, $"200 stored={report.Stored} duplicates={report.Duplicates} rejected={report.Rejected.Select(r => r.Line).Distinct().Count()}"), auditOrigin);
        return report;
    }
}
