using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Collab.Contracts.Members;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collab.Tests.Integration;

[Collection(AppHostCollection.Name)]
public sealed class AppHostTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_resource_is_healthy_with_two_silo_replicas()
    {
        var notifications = product.App.App.Services.GetRequiredService<ResourceNotificationService>();
        var healthy = new Dictionary<string, string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));

        await foreach (var e in notifications.WatchAsync(timeout.Token))
        {
            if (e.Snapshot.HealthStatus == HealthStatus.Healthy && e.Snapshot.State?.Text == KnownResourceStates.Running)
            {
                healthy[e.ResourceId] = e.Resource.Name;
            }

            if (healthy.Values.Count(n => n == "silo") == 2 && healthy.ContainsValue("redis") && healthy.ContainsValue("dashboard"))
            {
                break;
            }
        }

        Assert.Equal(2, healthy.Values.Count(n => n == "silo"));
        Assert.Contains("redis", healthy.Values);
        Assert.Contains("dashboard", healthy.Values);
    }

    [Fact]
    public async Task The_dashboard_answers_health_and_its_home_page()
    {
        using var http = new HttpClient { BaseAddress = product.App.DashboardUrl };

        var health = await http.GetAsync("/health", Cancel);
        var home = await http.GetAsync("/", Cancel);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Samenwerkingsdashboard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grain_write_is_read_back_from_the_store_after_every_activation_is_gone()
    {
        await using var orleans = await product.App.ConnectClient();
        var profile = SampleMembers.Duo($"duo-{Guid.NewGuid():N}"[..12]);

        // The shared product's demo OCW keeps its own names (other tests read them); a fresh one gets the sample.
        if (await orleans.Client.GetGrain<IMemberGrain>("ocw").GetProfile() is null)
        {
            await orleans.Client.OnboardAsync(SampleMembers.Ocw());
        }

        await orleans.Client.OnboardAsync(profile);
        // Deactivate everything, so the read below must come from the store and not from memory.
        await orleans.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, Cancel);

        Assert.Equal(profile, await orleans.Client.GetGrain<IMemberGrain>(profile.Id).GetProfile());
    }
}
