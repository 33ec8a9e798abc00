using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Collab.Contracts.Periods;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Components.Forms;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Components.Pages;

/// <summary>
/// Where the collaboration manager takes, fixes, publishes and supersedes versions of a period, each with a reason, through
/// <see cref="PeriodVersionDesk"/> (rights, checks, audit line); a message stands by the field it is about.
/// </summary>
public partial class PeriodVersions
{
    [Inject] private PeriodVersionDesk Desk { get; set; } = null!;
    [Inject] private CircuitOrigin Origin { get; set; } = null!;
    [Inject] private ILogger<PeriodVersions> Log { get; set; } = null!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = null!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private ClaimsPrincipal user = new();
    private string period = string.Empty;
    private string reason = string.Empty;
    private bool asConcept;
    private bool saving;
    private string? shownPeriod;
    private ImmutableArray<PeriodVersion> versions = [];
    private IReadOnlyList<FieldError> errors = [];
    private string? done;
    private string? conflict;
    private string? failure;
    private readonly Dictionary<int, string> stepReasons = [];
    private readonly Dictionary<int, string> stepActions = [];

    protected override async Task OnInitializedAsync() => user = (await Authentication).User;

    private IReadOnlyList<string> Errors(string field) => field == "period"
        ? [.. errors.Where(e => e.Field == field).Select(e => P[$"PeriodError_{e.Code.Name()}"] is { ResourceNotFound: false } s ? s.Value : e.Message)]
        : FieldMessages.For(errors, field, Text);

    private string PeriodDescribedBy => Errors("period").Count > 0 ? $"period-hint {FieldMessage.IdFor("period")}" : "period-hint";

    private string PeriodInvalid => Errors("period").Count > 0 ? "true" : "false";

    private static string StepField(int number) => $"reason-{number}";

    private IReadOnlyList<FieldError> StepErrors(int number) => [.. errors.Where(e => e.Field == StepField(number))];

    private Task TakeVersion() => Run(async () =>
    {
        var write = await Desk.TakeAudited(user, period.Trim(), asConcept ? VersionState.Concept : VersionState.Fixed, reason, Origin.Value);
        if (Answer(write, "reason"))
        {
            reason = string.Empty;
        }

        await Load(period.Trim());
    });

    private Task ShowVersions() => Run(async () =>
    {
        errors = PeriodKey.TryParse(period.Trim(), out _) ? [] : [new FieldError("period", FieldErrorCode.Format, "A period is a month, a quarter or a year.")];
        if (errors.Count == 0)
        {
            await Load(period.Trim());
        }
    });

    private Task Step(PeriodVersion version) => Run(async () =>
    {
        var why = stepReasons.GetValueOrDefault(version.Number);
        var action = stepActions.GetValueOrDefault(version.Number) ?? (version.State == VersionState.Concept ? "fix" : version.State == VersionState.Fixed ? "publish" : "supersede");
        var write = action switch
        {
            "fix" => await Desk.AdvanceAudited(user, version.Period, version.Number, VersionState.Fixed, why, Origin.Value),
            "publish" => await Desk.AdvanceAudited(user, version.Period, version.Number, VersionState.Published, why, Origin.Value),
            _ => await Desk.SupersedeAudited(user, version.Period, version.Number, why, Origin.Value),
        };
        if (Answer(write, StepField(version.Number)))
        {
            stepReasons.Remove(version.Number);
            stepActions.Remove(version.Number);
        }

        await Load(version.Period);
    });

    // True when saved; otherwise the fields, the state or the right that stood in the way are shown where they belong.
    private bool Answer(VersionWrite write, string reasonField)
    {
        errors = [.. write.Errors.Select(e => e.Field == "reason" ? e with { Field = reasonField } : e)];
        conflict = write.Outcome is VersionWriteOutcome.Conflict or VersionWriteOutcome.NotFound or VersionWriteOutcome.Forbidden
            ? P["Conflict", write.Errors[0].Message].Value : null;
        if (conflict is not null)
        {
            errors = [];
        }

        done = write.Version is { } v ? P["Saved", v.Number, v.Period, P[$"State_{v.State}"]].Value : null;
        return write.Outcome == VersionWriteOutcome.Saved;
    }

    private async Task Load(string key)
    {
        if (await Desk.List(key) is { } list)
        {
            shownPeriod = key;
            versions = list;
            foreach (var v in list.Where(v => v.IsCurrent))
            {
                // The step form binds to these entries: a missing one threw on render and ended the circuit.
                stepReasons.TryAdd(v.Number, string.Empty);
                stepActions.TryAdd(v.Number, v.State == VersionState.Concept ? "fix" : v.State == VersionState.Fixed ? "publish" : "supersede");
            }
        }
    }

    private async Task Run(Func<Task> action)
    {
        saving = true;
        done = conflict = failure = null;
        try
        {
            await action();
        }
        catch (Exception ex) when (Collab.Dashboard.Live.StoreFailures.IsUnavailable(ex))
        {
            Log.LogWarning(ex, "A period version step could not be stored");
            failure = Text["RegisterStoreUnavailable"];
        }
        finally
        {
            saving = false;
        }
    }
}
