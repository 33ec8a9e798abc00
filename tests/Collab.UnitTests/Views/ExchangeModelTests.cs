using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Views;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

public sealed class ExchangeModelTests
{
    private static readonly Period Year2025 = Period.Year(2025);

    // OCW gives EZK 2 contacts (1 + 3 days, in March and May) and gives outside: Rijkswaterstaat twice (2 + 2 days).
    private static CollaborationFigures Figures()
    {
        var ocw = MemberFigures.New(SampleMembers.Ocw())
            .Add(SampleActivities.Contact("c1", to: "ezk", days: 1, date: new DateOnly(2025, 3, 3)))
            .Add(SampleActivities.Contact("c2", to: "ezk", days: 3, date: new DateOnly(2025, 5, 3)))
            .Add(SampleActivities.Contact("c3", to: null, days: 2, date: new DateOnly(2025, 5, 4)))
            .Add(SampleActivities.Contact("c4", to: null, days: 2, date: new DateOnly(2025, 6, 4)));
        var ezk = MemberFigures.New(SampleMembers.Ministry("ezk"));
        return CollaborationFigures.Empty with { Members = ImmutableDictionary.CreateRange([KeyValuePair.Create("ocw", ocw), KeyValuePair.Create("ezk", ezk)]) };
    }

    [Fact]
    public void Cells_hold_contacts_or_days_with_one_outside_column()
    {
        var contacts = ExchangeModel.Build(Figures(), Year2025, days: false);
        var days = ExchangeModel.Build(Figures(), Year2025, days: true);
        var ocw = contacts.Givers.IndexOf("ocw");

        Assert.Equal(["ezk", "ocw", ExchangeMatrix.Outside], contacts.Receivers);
        Assert.Equal(2m, contacts.Values[ocw, contacts.Receivers.IndexOf("ezk")]);
        Assert.Equal(4m, days.Values[ocw, days.Receivers.IndexOf("ezk")]);
        Assert.Equal(2m, contacts.Values[ocw, contacts.Receivers.IndexOf(ExchangeMatrix.Outside)]);
        Assert.Equal(0m, contacts.Values[contacts.Givers.IndexOf("ezk"), contacts.Receivers.IndexOf("ocw")]);
    }

    [Fact]
    public void Behind_a_member_cell_are_its_months_and_behind_outside_its_organisations()
    {
        var months = ExchangeModel.Behind(Figures(), Year2025, "ocw", "ezk", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        var outside = ExchangeModel.Behind(Figures(), Year2025, "ocw", ExchangeMatrix.Outside, System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

        Assert.Equal([new ContactDetail("mrt 2025", 1, 1), new ContactDetail("mei 2025", 1, 3)], months);
        Assert.Equal([new ContactDetail("rijkswaterstaat", 2, 4)], outside);
    }
}
