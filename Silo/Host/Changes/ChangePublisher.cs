using System.Text.Json;
using Collab.Contracts.Indicators;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Collab.Silo.Changes;

/// <summary>Publishes change notices on the store's pub/sub, which every Dashboard process subscribes to once.</summary>
public sealed class ChangePublisher([FromKeyedServices("redis")] IConnectionMultiplexer redis)
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(ChangeNotice.Channel);

    public Task PublishAsync(ChangeNotice notice) =>
        redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(notice, JsonSerializerOptions.Web));
}
