using Collab.AppHost;
using Collab.Dashboard.Api;
using Collab.Dashboard.Hosting;
using Collab.Dashboard.Identity;
using Collab.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collab.Tests.Domain;

/// <summary>A wrong setting stops a process when it starts, naming the key, instead of surfacing later as odd behaviour.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public async Task A_write_limit_of_zero_stops_the_dashboard_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(new() { ["RateLimits:WritesPerMinute"] = "0" }, (s, c) => s.AddWriteLimits(c)));

        Assert.Contains("RateLimits:WritesPerMinute must be a whole number of at least 1", error.Message);
    }

    [Fact]
    public async Task A_configured_write_limit_is_the_one_the_dashboard_uses()
    {
        await using var host = await StartAsync(new() { ["RateLimits:WritesPerMinute"] = "7" }, (s, c) => s.AddWriteLimits(c));

        Assert.Equal(7, host.Services.GetRequiredService<IOptions<WriteLimitOptions>>().Value.WritesPerMinute);
    }

    [Fact]
    public async Task An_address_limit_below_a_kilobyte_stops_the_dashboard_at_start_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(new() { ["RequestLimits:MaxUrlLength"] = "100" }, (s, c) => s.AddRequestLimits(c)));

        Assert.Contains("RequestLimits:MaxUrlLength must be a whole number from 1024", error.Message);
    }

    [Fact]
    public async Task Kestrels_own_request_limits_lie_at_twice_the_configured_ones()
    {
        await using var host = await StartAsync(
            new() { ["RequestLimits:MaxUrlLength"] = "4096", ["RequestLimits:MaxHeaderBytes"] = "20000", ["RequestLimits:MaxHeaderCount"] = "50" },
            (s, c) => s.AddRequestLimits(c));

        var kestrel = host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits;
        Assert.Equal((8192, 40000, 100), (kestrel.MaxRequestLineSize, kestrel.MaxRequestHeadersTotalSize, kestrel.MaxRequestHeaderCount));
    }

    [Fact]
    public async Task An_authority_without_a_client_id_stops_the_dashboard_at_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(
            new() { ["Authentication:OpenIdConnect:Authority"] = "https://login.example.nl/realms/rijk" },
            (s, c) => s.AddLogging().AddCollabAuthentication(c, new Production())));

        Assert.Contains("set both Authority and ClientId, or neither", error.Message);
    }

    [Fact]
    public async Task An_unknown_store_mode_stops_a_silo_at_start_naming_the_modes()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(new() { ["Store:Mode"] = "cassandra" }, (s, _) => s.AddCollabDomain()));

        Assert.Contains("Store:Mode must be one of embedded, server, container or external", error.Message);
    }

    [Theory]
    [InlineData("Dashboard:Port", "99999")]
    [InlineData("Dashboard:Port", "vijf")]
    [InlineData("Demo:Load", "misschien")]
    [InlineData("RateLimits:WritesPerMinute", "-3")]
    [InlineData("Store:Mode", "cassandra")]
    public void A_wrong_AppHost_setting_stops_the_run_before_any_resource_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => AppHostSettings.Read(configuration));

        Assert.StartsWith($"{key} '{value}' is not", error.Message);
    }

    [Fact]
    public void Without_settings_the_AppHost_runs_the_documented_defaults()
    {
        var settings = AppHostSettings.Read(new ConfigurationBuilder().Build());

        Assert.Equal(new AppHostSettings(Collab.AppHost.Store.StoreMode.Embedded, null, 5080, true, null), settings);
    }

    private static async Task<StartedHost> StartAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            return new StartedHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private sealed record StartedHost(IHost Host) : IAsyncDisposable
    {
        public IServiceProvider Services => Host.Services;

        public async ValueTask DisposeAsync()
        {
            await Host.StopAsync();
            Host.Dispose();
        }
    }

    private sealed class Production : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Dashboard";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
