using System.Collections.Immutable;
using Collab.Contracts.Members;

namespace Collab.Silo.Demo;

/// <summary>The three founding ministries and the executing agencies that joined them, as in the 2018 article.</summary>
internal static class DemoMembers
{
    public const string Ocw = "ocw";
    public const string Ezk = "ezk";
    public const string Lnv = "lnv";
    public const string Duo = "duo";
    public const string Na = "na";
    public const string Rvo = "rvo";
    public const string Nvwa = "nvwa";

    /// <summary>The intentieverklaring was signed late 2016.</summary>
    private static readonly DateOnly Founded = new(2016, 12, 1);

    public static ImmutableArray<MemberProfile> Create(DemoWindow window, Random random)
    {
        var founded = window.NotAfterWindow(Founded);
        // Agencies came later, each in its own month of the window, so the dashboard shows them arriving.
        DateOnly Joined(int monthOffset) => window.DayOf(monthOffset, random.Next(1, 16));

        return
        [
            new(Ocw, "Ministerie van Onderwijs, Cultuur en Wetenschap", "Ministry of Education, Culture and Science", "OCW",
                MemberKind.Ministry, null, Fte(random, 40, 60), founded),
            Renamed(window, new(Ezk, "Ministerie van Economische Zaken", "Ministry of Economic Affairs", "EZ",
                    MemberKind.Ministry, null, Fte(random, 35, 55), founded),
                new("Ministerie van Economische Zaken en Klimaat", "Ministry of Economic Affairs and Climate Policy", "EZK", CabinetChange)),
            Renamed(window, new(Lnv, "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "Ministry of Agriculture, Fisheries, Food Security and Nature", "LVVN",
                    MemberKind.Ministry, null, Fte(random, 30, 45), founded),
                new("Ministerie van Landbouw, Natuur en Voedselkwaliteit", "Ministry of Agriculture, Nature and Food Quality", "LNV", CabinetChange)),
            new(Duo, "Dienst Uitvoering Onderwijs", "Education Executive Agency", "DUO",
                MemberKind.ExecutingAgency, Ocw, Fte(random, 12, 20), Joined(2)),
            new(Na, "Nationaal Archief", "National Archives of the Netherlands", "NA",
                MemberKind.ExecutingAgency, Ocw, Fte(random, 8, 14), Joined(5)),
            new(Rvo, "Rijksdienst voor Ondernemend Nederland", "Netherlands Enterprise Agency", "RVO",
                MemberKind.ExecutingAgency, Ezk, Fte(random, 12, 18), Joined(9)),
            new(Nvwa, "Nederlandse Voedsel- en Warenautoriteit", "Netherlands Food and Consumer Product Safety Authority", "NVWA",
                MemberKind.ExecutingAgency, Lnv, Fte(random, 8, 14), Joined(14)),
        ];
    }

    /// <summary>Ministries were renamed when the Schoof cabinet took office.</summary>
    private static readonly DateOnly CabinetChange = new(2024, 7, 2);

    /// <summary>The member under its current name, its former one kept with the rename date; a story told before the rename keeps the old name.</summary>
    private static MemberProfile Renamed(DemoWindow window, MemberProfile current, FormerName former) =>
        window.Today >= former.RenamedOn
            ? current with { FormerNames = [former] }
            : current with { NameNl = former.NameNl, NameEn = former.NameEn, Abbreviation = former.Abbreviation };

    // DIV staff is reported in half FTEs.
    private static decimal Fte(Random random, int min, int max) => random.Steps(min, max, 0.5m);
}
