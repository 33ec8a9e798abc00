using System.Diagnostics;
using System.Globalization;
using Collab.AppHost.Store;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>A real <c>redis-server</c> on a free loopback port, with the AOF settings the AppHost's server mode uses.</summary>
public sealed class RedisServerProcess(string dataDirectory) : IStoreServer
{
    private readonly int port = FreePort.Pick();
    private Process? process;

    public string Name => "redis-server";

    public string ConnectionString => $"127.0.0.1:{port}";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", dataDirectory,
            "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        await Eventually.Async(async () =>
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
            await connection.GetDatabase().PingAsync();
        }, TimeSpan.FromSeconds(20));
    }

    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        // SHUTDOWN is redis-server's clean stop: it flushes the AOF and exits.
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},allowAdmin=true");
            await connection.GetDatabase().ExecuteAsync("SHUTDOWN");
        }
        catch (RedisException)
        {
            // Already gone.
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        process.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
        }

        process?.Dispose();
        process = null;
        return ValueTask.CompletedTask;
    }
}
