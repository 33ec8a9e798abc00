using Collab.Contracts.Members;

namespace Collab.Silo.Members;

public sealed class MemberGrain([PersistentState("member")] IPersistentState<MemberState> state) : Grain, IMemberGrain
{
    public Task<MemberProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    public async Task SetProfile(MemberProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"Profile id '{profile.Id}' does not match grain key '{this.GetPrimaryKeyString()}'.", nameof(profile));
        }

        state.State = state.State with { Profile = profile };
        await state.WriteStateAsync();
    }
}
