using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Collab.Tests.Grains;

/// <summary>A member grain keeps sums per month, not the activities, so ten busy years stay small.</summary>
public sealed class MemberStateSizeTests
{
    [Fact]
    public void Ten_years_of_monthly_data_serialize_to_a_small_state()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var figures = MemberFigures.New(SampleMembers.Ocw());
        var receivers = new[] { "ezk", "lnv", "duo", "rvo", "nvwa", null };
        var initiatives = new[] { "pop-up-stores", "staff-exchange", "dms-licences", null };
        var registrations = 0;
        for (var month = 0; month < 120; month++)
        {
            var date = new DateOnly(2016, 1, 10).AddMonths(month);
            for (var i = 0; i < 25; i++, registrations++)
            {
                IActivity activity = i % 2 == 0
                    ? SampleActivities.Session($"s{month}-{i}", date: date, initiative: initiatives[i % initiatives.Length])
                    : SampleActivities.Contact($"c{month}-{i}", to: receivers[i % receivers.Length], date: date);
                figures = figures.Add(activity);
            }
        }

        var bytes = serializer.SerializeToArray(figures);

        TestContext.Current.TestOutputHelper?.WriteLine($"Member state after {registrations} registrations over 120 months: {bytes.Length:N0} bytes");
        Assert.Equal(registrations, figures.Sequence);
        Assert.InRange(bytes.Length, 1, 256 * 1024);
    }
}
