namespace Collab.Tests.Support.Oidc;

/// <summary>Tests of the product signed in through the OpenIddict test provider share one provider, one product and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class OidcCollection : ICollectionFixture<OidcProduct>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "product with an OpenID Connect provider";
}

/// <summary>The test provider, and the product configured to use it (embedded store, members OCW and EZK), started once.</summary>
public sealed class OidcProduct : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private TestProvider? provider;
    private CollabApp? app;

    public TestProvider Provider => provider ?? throw new InvalidOperationException("Not started.");

    public CollabApp App => app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        provider = await TestProvider.StartAsync();
        app = await CollabApp.StartAsync("embedded", data.Path, CancellationToken.None, loadDemo: false, provider.DashboardSettings());
        await using var orleans = await app.ConnectClient();
        await orleans.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"));
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        data.Dispose();
    }
}
