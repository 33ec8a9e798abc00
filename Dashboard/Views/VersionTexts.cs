using System.Globalization;
using Collab.Contracts.Periods;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Views;

/// <summary>A period version's state and steps in words, for the versions page and its download alike.</summary>
public static class VersionTexts
{
    /// <summary>"Vastgesteld", or "Vastgesteld, vervangen door versie 2".</summary>
    public static string State(PeriodVersion version, IStringLocalizer<PublishText> p) =>
        p[$"State_{version.State}"] + (version.SupersededBy is { } next ? ", " + p["SupersededBy", next] : "");

    /// <summary>"Vastgesteld op 30-11-2026 09:15 door collaboration-manager:*: voor het MT".</summary>
    public static string Step(VersionStep step, IStringLocalizer<PublishText> p, CultureInfo culture) =>
        p["StepLine", p[$"Step_{step.Step}"], step.At.ToLocalTime().ToString("g", culture), step.Actor, step.Reason];
}
