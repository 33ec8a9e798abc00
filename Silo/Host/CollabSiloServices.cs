using Collab.Silo.Changes;
using Collab.Silo.Directory;
using Collab.Silo.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Collab.Silo;

/// <summary>The services the grains need, the same in the silo host and in test clusters.</summary>
public static class CollabSiloServices
{
    public static IServiceCollection AddCollabDomain(this IServiceCollection services)
    {
        services.AddOptions<Store.StoreOptions>().BindConfiguration(Store.StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IIncomingGrainCallFilter, Store.StoreFailureFilter>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityLedger>();
        services.AddSingleton<KnownIdsCache>();
        services.AddSingleton<ChangePublisher>();
        // Orleans' own binary format for grain state: compact, and version tolerant through the [Id] attributes.
        services.AddSingleton<IGrainStorageSerializer>(sp => new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
        return services;
    }
}
