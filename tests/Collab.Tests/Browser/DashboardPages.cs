namespace Collab.Tests.Browser;

/// <summary>Every page of the dashboard, with the demo story's data behind it.</summary>
public static class DashboardPages
{
    public static readonly (string Name, string Path)[] All =
    [
        ("overview", "/"),
        ("comparison", "/vergelijking"),
        ("exchange", "/uitwisseling"),
        ("member", "/leden/ocw"),
        ("initiative", "/initiatieven/inkoop-dms-licenties"),
    ];

    /// <summary>Pages with forms rather than live figures.</summary>
    public static readonly (string Name, string Path)[] Forms =
    [
        ("register", "/registreren"),
        ("register-contact", "/registreren/kennisdeling"),
        ("register-procurement", "/registreren/inkoop"),
        ("import", "/importeren"),
        ("manage", "/beheer"),
        ("audit", "/audit"),
        ("sign-in", "/aanmelden"),
    ];

    public static TheoryData<string, string> FormsInEachLanguage =>
        [.. Forms.SelectMany(p => new[] { (p.Path, "nl-NL"), (p.Path, "en-GB") })];

    public static TheoryData<string, string> Each => [.. All.Select(p => (p.Name, p.Path))];

    public static TheoryData<string, string> EachInEachLanguage =>
        [.. All.SelectMany(p => new[] { (p.Path, "nl-NL"), (p.Path, "en-GB") })];
}
