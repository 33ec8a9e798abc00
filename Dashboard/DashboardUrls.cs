using Collab.Contracts.Indicators;
using Collab.Dashboard.Api;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Import;
using Collab.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace Collab.Dashboard;

/// <summary>
/// Every address of the dashboard's pages, in one place: the route template each page declares, and one method per link
/// with its query. Pages, the navigation, redirects and tests use these instead of writing paths themselves.
/// </summary>
public static class DashboardUrls
{
    // The segments are Dutch: they are what a user reads in the address bar.
    public const string OverviewRoute = "/";
    public const string ComparisonRoute = "/vergelijking";
    public const string ExchangeRoute = "/uitwisseling";
    public const string MembersBase = "/leden";
    public const string MemberRoute = MembersBase + "/{Id}";
    public const string InitiativesBase = "/initiatieven";
    public const string InitiativeRoute = InitiativesBase + "/{Id}";
    public const string RegisterRoute = "/registreren";
    public const string RegisterKindRoute = RegisterRoute + "/{Slug}";
    public const string ImportRoute = "/importeren";
    public const string ManageRoute = "/beheer";
    public const string PeriodVersionsRoute = ManageRoute + "/vaststellen";
    public const string AuditRoute = "/audit";
    public const string ReportRoute = "/rapport";
    public const string OpenDataRoute = "/open-data";
    public const string SignInRoute = "/aanmelden";
    public const string AccessDeniedRoute = "/geen-toegang";
    public const string NotFoundRoute = "/not-found";
    public const string ErrorRoute = "/error";

    // The pages every footer links to; Dutch government sites must publish an accessibility statement.
    public const string AccessibilityRoute = "/toegankelijkheid";
    public const string PrivacyRoute = "/privacy";
    public const string ContactRoute = "/contact";

    /// <summary>The query naming a period's first and last month (yyyy-MM) on a page that shows one.</summary>
    public const string FromQuery = "van";
    public const string ToQuery = "tot";

    public static string Member(string id) => $"{MembersBase}/{Uri.EscapeDataString(id)}";

    public static string Initiative(string id, Period? period = null) =>
        $"{InitiativesBase}/{Uri.EscapeDataString(id)}" + (period is null ? "" : $"?{FromQuery}={period.From}&{ToQuery}={period.To}");

    public static string Register(RegistrationKind kind) => $"{RegisterRoute}/{kind.Slug()}";

    /// <summary>The import template of a kind: a file from the API, linked from the import page.</summary>
    public static string ImportTemplate(ImportKind kind) => $"{ApiSetup.Prefix}/imports/{kind.Slug()}/template";

    /// <summary>The page the user is on, as a local path to come back to.</summary>
    public static string Here(NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    /// <summary>Signs in (through the provider or the Development sign-in) and comes back to <paramref name="returnUrl"/>.</summary>
    public static string SignIn(string returnUrl) => $"{AccountEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>Switches the language and comes back to <paramref name="returnUrl"/>.</summary>
    public static string Culture(string culture, string returnUrl) =>
        $"{CultureEndpoint.Path}?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
