using System.Text.Json;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Identity;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>
/// Each hostile form registration, sent through the desk the forms call (as a registrar of OCW), is refused with a
/// message naming a field, and the store is the same afterwards.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class HostileFormTests(RunningProduct product)
{
    [Theory]
    [MemberData(nameof(HostileFormCorpus.Cases), MemberType = typeof(HostileFormCorpus))]
    public async Task A_hostile_form_registration_is_refused_with_a_field_message_and_changes_nothing(string name)
    {
        await product.WaitForDemoAsync();
        await using var orleans = await product.App.ConnectClient();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var desk = new ProductDesks(orleans.Client, store).Registrations;
        var registrar = DevelopmentIdentity.Create("registrar", "ocw", "test");
        var activity = HostileFormCorpus.All[name]($"hostile-form-{Guid.NewGuid():N}");
        var before = await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase());

        var result = await desk.RegisterAudited(registrar, activity, "127.0.0.1; hostile form");

        Assert.True(result.Outcome is RegistrationOutcome.Invalid or RegistrationOutcome.Forbidden, $"{name}: {result.Outcome}");
        Assert.True(result.Errors.Length > 0 && result.Errors.All(e => e.Field.Length > 0 && e.Message.Length > 0), $"{name}: {JsonSerializer.Serialize(result.Errors)}");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase()));
    }
}
