using Collab.Dashboard;
using Collab.Dashboard.Forms;

namespace Collab.Tests.Browser;

/// <summary>Every page of the dashboard, with the demo story's data behind it.</summary>
public static class DashboardPages
{
    public static readonly (string Name, string Path)[] All =
    [
        ("overview", "/"),
        ("comparison", DashboardUrls.ComparisonRoute),
        ("exchange", DashboardUrls.ExchangeRoute),
        ("member", DashboardUrls.Member("ocw")),
        ("initiative", DashboardUrls.Initiative("inkoop-dms-licenties")),
    ];

    /// <summary>Pages with forms rather than live figures.</summary>
    public static readonly (string Name, string Path)[] Forms =
    [
        ("register", DashboardUrls.RegisterRoute),
        ("register-contact", DashboardUrls.Register(RegistrationKind.KnowledgeContact)),
        ("register-procurement", DashboardUrls.Register(RegistrationKind.ProcurementUpdate)),
        ("import", DashboardUrls.ImportRoute),
        ("manage", DashboardUrls.ManageRoute),
        ("audit", "/audit"),
        ("sign-in", DashboardUrls.SignInRoute),
    ];

    public static TheoryData<string, string> FormsInEachLanguage =>
        [.. Forms.SelectMany(p => new[] { (p.Path, "nl-NL"), (p.Path, "en-GB") })];

    public static TheoryData<string, string> Each => [.. All.Select(p => (p.Name, p.Path))];

    public static TheoryData<string, string> EachInEachLanguage =>
        [.. All.SelectMany(p => new[] { (p.Path, "nl-NL"), (p.Path, "en-GB") })];
}
