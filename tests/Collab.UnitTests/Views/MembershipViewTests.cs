using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Views;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

/// <summary>The overview counts the members of the period; a member page shows the name of the period, and "voorheen" once renamed.</summary>
public sealed class MembershipViewTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly DateOnly Today = new(2026, 11, 30);

    // OCW since 2016; EZK renamed EZ on 2024-07-02; DUO joined 2019-03-01; NA joined 2021-05-10 and left 2023-06-30; RVO joins 2025-02-01.
    private static CollaborationFigures Figures()
    {
        var ezk = SampleMembers.Ministry("ezk") with
        {
            NameNl = "Ministerie van Economische Zaken",
            Abbreviation = "EZ",
            FormerNames = [new("Ministerie van Economische Zaken en Klimaat", "Ministry of Economic Affairs and Climate Policy", "EZK", new(2024, 7, 2))],
        };
        var na = SampleMembers.Duo("na") with { Abbreviation = "NA", JoinedOn = new(2021, 5, 10), LeftOn = new(2023, 6, 30) };
        var rvo = SampleMembers.Duo("rvo") with { Abbreviation = "RVO", ParentMinistryId = "ezk", JoinedOn = new(2025, 2, 1) };
        MemberProfile[] members = [SampleMembers.Ocw(), ezk, SampleMembers.Duo(), na, rvo];
        return CollaborationFigures.Empty with { Members = members.ToImmutableDictionary(m => m.Id, MemberFigures.New) };
    }

    [Theory]
    [InlineData(2016, 12, 2016, 12, 2)] // OCW and EZK (joined 2016-11-01); DUO not yet
    [InlineData(2021, 1, 2021, 4, 3)] // NA joins in May
    [InlineData(2021, 5, 2021, 5, 4)] // NA joined 2021-05-10
    [InlineData(2023, 6, 2023, 6, 4)] // NA's last month: it left on the 30th
    [InlineData(2023, 7, 2023, 12, 3)] // NA gone
    [InlineData(2023, 1, 2025, 12, 5)] // NA until June 2023, RVO from February 2025: both members at some day
    [InlineData(2025, 1, 2025, 1, 3)] // RVO joins the month after
    [InlineData(2025, 2, 2025, 2, 4)]
    public void The_member_count_counts_the_members_of_the_period(int fromYear, int fromMonth, int toYear, int toMonth, int expected)
    {
        var period = new Period(new YearMonth(fromYear, fromMonth), new YearMonth(toYear, toMonth));

        Assert.Equal(expected, OverviewModel.Build(Figures(), period, Today, Dutch).Members);
    }

    [Fact]
    public void A_report_over_2023_shows_the_name_of_2023()
    {
        var model = MemberModel.Build(Figures(), "ezk", Period.Year(2023), Dutch)!;

        Assert.Equal("EZK", model.Named.Abbreviation);
        Assert.Equal("Ministerie van Economische Zaken en Klimaat", model.Named.NameNl);
        Assert.Null(model.Formerly);
    }

    [Fact]
    public void A_report_after_the_rename_shows_the_current_name_and_the_former_one()
    {
        var model = MemberModel.Build(Figures(), "ezk", Period.Year(2025), Dutch)!;

        Assert.Equal("EZ", model.Named.Abbreviation);
        Assert.Equal("EZK", model.Formerly?.Abbreviation);
    }

    [Fact]
    public void The_comparison_names_each_member_as_at_the_end_of_the_period()
    {
        var in2023 = ComparisonModel.Build(Figures(), new ComparisonOptions(Period.Year(2023)));
        var in2024 = ComparisonModel.Build(Figures(), new ComparisonOptions(Period.Year(2024)));

        Assert.Equal("EZK", in2023.Single(r => r.Member.Id == "ezk").Member.Abbreviation);
        Assert.Equal("EZ", in2024.Single(r => r.Member.Id == "ezk").Member.Abbreviation);
    }
}
