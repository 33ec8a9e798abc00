using Collab.OidcProvider;

// dotnet run --project tests/OidcProvider: the test provider on http://127.0.0.1:5090 (see the README).
await ProviderHost.Build(args).RunAsync();
