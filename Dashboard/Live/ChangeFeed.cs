using System.Collections.Concurrent;
using System.Text.Json;
using Collab.Contracts.Indicators;
using StackExchange.Redis;

namespace Collab.Dashboard.Live;

/// <summary>
/// The one subscription of this Dashboard process to the store's change notices, fanned out to every open page.
/// A slow or failing page never holds up the others.
/// </summary>
public sealed class ChangeFeed([FromKeyedServices("redis")] IConnectionMultiplexer redis, ILogger<ChangeFeed> logger) : IChangeFeed, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(ChangeNotice.Channel);
    private readonly ConcurrentDictionary<Guid, Func<ChangeNotice, Task>> subscribers = new();

    private volatile bool current = true;

    public bool IsCurrent => current;

    public IDisposable Subscribe(Func<ChangeNotice, Task> onChange)
    {
        var id = Guid.NewGuid();
        subscribers[id] = onChange;
        return new Subscription(() => subscribers.TryRemove(id, out _));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        return redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => Dispatch(message));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed -= OnConnectionFailed;
        redis.ConnectionRestored -= OnConnectionRestored;
        return redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => SetCurrent(false);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => SetCurrent(redis.IsConnected);

    // Pages read again on every change: "not current" shows while the store is away, and fresh figures when it is back.
    private void SetCurrent(bool value)
    {
        if (current == value)
        {
            return;
        }

        current = value;
        logger.LogInformation("Store connection for change notices is {State}", value ? "back" : "down");
        var notice = new ChangeNotice(0, [], []);
        foreach (var subscriber in subscribers.Values)
        {
            _ = Notify(subscriber, notice);
        }
    }

    private void Dispatch(RedisValue message)
    {
        ChangeNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<ChangeNotice>(message.ToString(), JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "An unreadable change notice was ignored");
            return;
        }

        foreach (var subscriber in subscribers.Values)
        {
            _ = Notify(subscriber, notice!);
        }
    }

    private async Task Notify(Func<ChangeNotice, Task> subscriber, ChangeNotice notice)
    {
        try
        {
            await subscriber(notice);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A page failed to take change notice {Version}", notice.Version);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
