using Collab.Dashboard.Api;

namespace Collab.Tests.Browser;

/// <summary>Every page each role can open, for the reflow matrix: the live pages, the forms, the site pages and an unknown address.</summary>
public static class ReflowPages
{
    public static readonly int[] Widths = [320, 390, 1280];

    public static readonly string[] Cultures = ["nl-NL", "en-GB"];

    /// <summary>Role (null: not signed in) and member, as BrowserSession.OpenAsync takes them.</summary>
    public static readonly (string Name, string? Role, string? Member)[] Roles =
    [
        ("public", null, null),
        ("department-head", ApiRoles.DepartmentHead, "ezk"),
        ("registrar", ApiRoles.Registrar, "ocw"),
        ("collaboration-manager", ApiRoles.CollaborationManager, null),
    ];

    private static readonly string[] Everyone = ["/", "/open-data", "/toegankelijkheid", "/privacy", "/contact", "/bestaat-niet"];

    private static readonly string[] Readers = ["/vergelijking", "/uitwisseling", "/leden/ocw", "/initiatieven/inkoop-dms-licenties", "/initiatieven/pop-up-stores"];

    private static readonly string[] Registrars = ["/registreren", "/registreren/kennisdeling", "/registreren/inkoop", "/importeren"];

    /// <summary>
    /// Every page the role can open when <c>COLLAB_REFLOW=full</c> (the whole matrix, 318 combinations); otherwise, to keep the
    /// default run short, each page once, by the least privileged role that can open it.
    /// </summary>
    public static IReadOnlyList<string> For(string role) => Full ? Reachable(role) : Own(role);

    public static bool Full => Environment.GetEnvironmentVariable("COLLAB_REFLOW") == "full";

    private static IReadOnlyList<string> Reachable(string role) => role switch
    {
        "public" => [.. Everyone, "/aanmelden"],
        "department-head" => [.. Everyone, .. Readers, "/rapport"],
        "registrar" => [.. Everyone, .. Readers, .. Registrars],
        _ => [.. Everyone, .. Readers, "/rapport", .. Registrars, .. Managers],
    };

    // A signed-in role's header is checked on its own pages; the pages everyone opens are checked signed out.
    private static IReadOnlyList<string> Own(string role) => role switch
    {
        "public" => [.. Everyone, "/aanmelden"],
        "department-head" => [.. Readers, "/rapport"],
        "registrar" => [.. Registrars],
        _ => [.. Managers],
    };

    /// <summary>
    /// Whether axe runs at this width: at every width in the whole matrix; in the short run at 320 and 1280 px only, since 390 px
    /// lays a page out as 320 px does (one column, the menu button) and is still checked for overflow and its header controls.
    /// </summary>
    public static bool AxeAt(int width) => Full || width != 390;

    /// <summary>The pages the whole matrix and the short one check: the same set, whichever the run.</summary>
    public static (IReadOnlySet<string> Full, IReadOnlySet<string> Short) PagesOfBothRuns =>
        (Roles.SelectMany(r => Reachable(r.Name)).ToHashSet(), Roles.SelectMany(r => Own(r.Name)).ToHashSet());

    private static readonly string[] Managers = ["/beheer", "/beheer/vaststellen", "/audit"];

    /// <summary>Pages that show live figures: they are checked once their first snapshot is in.</summary>
    public static bool IsLive(string path) => path is "/" or "/rapport" || Readers.Contains(path);

    public static TheoryData<string, string> RolesInEachLanguage =>
        [.. Roles.SelectMany(r => Cultures.Select(c => (r.Name, c)))];

    /// <summary>How many page × language × width × role combinations this run of the matrix checks.</summary>
    public static int Combinations => Roles.Sum(r => For(r.Name).Count) * Cultures.Length * Widths.Length;
}
