using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Collab.Tests.Views;

/// <summary>Every page that names members for a period or a date uses the names of then: EZK in 2023, EZ "voorheen EZK" in 2025.</summary>
public sealed class PeriodNamesTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // EZK became EZ on 2024-07-02, as in the demo; OCW kept its name. The trajectory "inkoop" is led by EZ(K) with OCW.
    public static CollaborationFigures Figures()
    {
        var ezk = SampleMembers.Ministry("ezk") with
        {
            NameNl = "Ministerie van Economische Zaken",
            NameEn = "Ministry of Economic Affairs",
            Abbreviation = "EZ",
            FormerNames = [new("Ministerie van Economische Zaken en Klimaat", "Ministry of Economic Affairs and Climate Policy", "EZK", new(2024, 7, 2))],
        };
        MemberProfile[] members = [SampleMembers.Ocw(), ezk];
        var inkoop = new InitiativeFigures(
            new InitiativeProfile("inkoop", "Gezamenlijke inkoop DMS", "Joint DMS procurement", InitiativeKind.JointProcurement, "ezk", ["ocw", "ezk"],
                new(2022, 1, 1), new(2026, 12, 31), ImmutableDictionary<Indicator, decimal>.Empty),
            ProcurementTrajectory.New, ImmutableDictionary<YearMonth, MonthFigures>.Empty);
        return CollaborationFigures.Empty with
        {
            Members = members.ToImmutableDictionary(m => m.Id, MemberFigures.New),
            Initiatives = ImmutableDictionary<string, InitiativeFigures>.Empty.Add("inkoop", inkoop),
        };
    }

    private static readonly MemberLabel Ezk = new("ezk", "EZK", null);
    private static readonly MemberLabel EzFormerlyEzk = new("ezk", "EZ", "EZK");
    private static readonly MemberLabel Ocw = new("ocw", "OCW", null);

    [Fact]
    public void The_exchange_matrix_names_its_members_as_at_the_end_of_the_period()
    {
        var in2023 = ExchangeModel.Build(Figures(), Period.Year(2023), days: false);
        var in2025 = ExchangeModel.Build(Figures(), Period.Year(2025), days: false);

        Assert.Equal(Ezk, in2023.Names["ezk"]);
        Assert.Equal(EzFormerlyEzk, in2025.Names["ezk"]);
        Assert.Equal(Ocw, in2025.Names["ocw"]);
        // Rows in the order of the names shown: EZK before OCW in 2023, EZ before OCW in 2025.
        Assert.Equal(["ezk", "ocw"], in2023.Givers);
    }

    [Fact]
    public void An_initiative_names_its_lead_participants_and_shares_as_at_the_end_of_the_period()
    {
        var in2023 = InitiativeModel.Build(Figures(), "inkoop", Period.Year(2023), new(2026, 11, 30), Dutch)!;
        var in2025 = InitiativeModel.Build(Figures(), "inkoop", Period.Year(2025), new(2026, 11, 30), Dutch)!;

        Assert.Equal(Ezk, in2023.Lead);
        Assert.Equal([Ocw, Ezk], in2023.Participants);
        Assert.Equal([Ocw, Ezk], in2023.Savings.Select(s => s.Member));
        Assert.Equal(EzFormerlyEzk, in2025.Lead);
        Assert.Equal([Ocw, EzFormerlyEzk], in2025.Participants);
        Assert.Equal([Ocw, EzFormerlyEzk], in2025.Savings.Select(s => s.Member));
    }

    [Fact]
    public void A_name_on_the_day_before_the_rename_is_the_old_one_and_on_the_day_itself_the_new_one()
    {
        var figures = Figures();

        Assert.Equal(Ezk, MemberLabel.Of(figures, "ezk", new(2024, 7, 1)));
        Assert.Equal(EzFormerlyEzk, MemberLabel.Of(figures, "ezk", new(2024, 7, 2)));
        Assert.Equal(new MemberLabel("gone", "gone", null), MemberLabel.Of(figures, "gone", new(2024, 7, 2)));
    }

    [Fact]
    public void The_confirmation_names_the_members_by_their_abbreviations_on_the_activity_date()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Dutch;
        try
        {
            var before = Confirmation.Describe(SampleActivities.Session("a", date: new(2023, 5, 10), people: 7), Figures(), text, Dutch);
            var after = Confirmation.Describe(SampleActivities.Session("b", date: new(2025, 5, 10), people: 7), Figures(), text, Dutch);
            var contact = Confirmation.Describe(SampleActivities.Contact("c", from: "ezk", to: "ocw", date: new(2025, 5, 10)), Figures(), text, Dutch);

            Assert.Equal("Ondersteuningssessie op 10-05-2023: OCW bij EZK, 7 mensen geholpen in 120 minuten.", before);
            Assert.Equal("Ondersteuningssessie op 10-05-2025: OCW bij EZ, 7 mensen geholpen in 120 minuten.", after);
            Assert.StartsWith("Kennisdelingscontact op 10-05-2025: EZ aan OCW, 2 persoonsdagen", contact);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
