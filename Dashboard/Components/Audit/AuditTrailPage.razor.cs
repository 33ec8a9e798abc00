using Collab.Dashboard.Audit;
using Microsoft.AspNetCore.Components;

namespace Collab.Dashboard.Components.Audit;

/// <summary>The /audit page: its whole state is in the query string (filters and cursor); each visit reads one page of the trail.</summary>
public partial class AuditTrailPage
{
    public const int PageSize = 50;

    private AuditPage? page;
    private bool invalid;
    private bool failed;

    [Inject]
    private IAuditPages Reader { get; set; } = null!;

    [Inject]
    private ILogger<AuditTrailPage> Log { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "actor")]
    public string? ActorPart { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    public string? ActionName { get; set; }

    [SupplyParameterFromQuery(Name = "object")]
    public string? ObjectPrefix { get; set; }

    [SupplyParameterFromQuery(Name = "result")]
    public string? ResultCode { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromDate { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToDate { get; set; }

    [SupplyParameterFromQuery(Name = "before")]
    public long? Before { get; set; }

    [SupplyParameterFromQuery(Name = "after")]
    public long? After { get; set; }

    private AuditLinks Links => new(ActorPart, ActionName, ObjectPrefix, ResultCode, FromDate, ToDate);

    protected override async Task OnParametersSetAsync()
    {
        invalid = !Links.TryRead(out var filter);
        failed = false;
        if (invalid)
        {
            page = null;
            return;
        }

        try
        {
            page = await Reader.ReadAsync(filter, new AuditCursor(After is null ? Before : null, After), PageSize);
        }
        catch (Exception e) when (Collab.Dashboard.Live.StoreFailures.IsUnavailable(e))
        {
            Log.LogWarning(e, "The audit trail could not be read");
            failed = true;
        }
    }
}
