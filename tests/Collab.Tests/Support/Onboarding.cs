using Collab.Contracts.Members;
using Collab.Contracts.Registrations;

namespace Collab.Tests.Support;

public static class Onboarding
{
    /// <summary>Onboards each member in order and fails the test when one is refused.</summary>
    public static async Task OnboardAsync(this IGrainFactory grains, params MemberProfile[] members)
    {
        foreach (var member in members)
        {
            var result = await grains.GetGrain<IMemberGrain>(member.Id).SetProfile(member);
            Assert.True(result.Outcome == RegistrationOutcome.Accepted, $"{member.Id}: {string.Join("; ", result.Errors)}");
        }
    }
}
