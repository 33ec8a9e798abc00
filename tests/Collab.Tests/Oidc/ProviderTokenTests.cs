using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using Collab.Tests.Support;
using Collab.Tests.Support.Oidc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collab.Tests.Oidc;

/// <summary>The API takes the provider's access tokens and refuses (401) every token the provider did not issue for it.</summary>
[Collection(OidcCollection.Name)]
public sealed class ProviderTokenTests(OidcProduct product)
{
    private const string Subject = "5c1e0f7d-2b9a-4e3c-8d6f-a0b1c2d3e4f5";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_credentials_token_from_the_provider_registers_and_its_subject_is_on_the_audit_line()
    {
        var id = $"oidc-cc-{Guid.NewGuid():N}"[..30];

        var response = await Post(await product.Provider.ClientCredentialsTokenAsync(), id);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var line = (await AuditLines.ReadAsync(product.App)).Last(l => l.Text("object")!.EndsWith(id, StringComparison.Ordinal));
        Assert.Equal("collab-integration", line.Text("subject"));
        Assert.Equal("collaboration-manager:*", line.Text("actor"));
    }

    [Fact]
    public async Task A_token_signed_with_the_providers_key_for_the_api_registers_and_names_its_subject()
    {
        var id = $"oidc-ok-{Guid.NewGuid():N}"[..30];

        var response = await Post(Token(await product.Provider.IssuerAsync(), "collab-api", product.Provider.SigningCredentials, DateTime.UtcNow.AddMinutes(5)), id);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var line = (await AuditLines.ReadAsync(product.App)).Last(l => l.Text("object")!.EndsWith(id, StringComparison.Ordinal));
        Assert.Equal(Subject, line.Text("subject"));
        Assert.Equal("registrar:ocw", line.Text("actor"));
    }

    public static TheoryData<string> Refusals => ["wrong issuer", "wrong audience", "the dashboard's client id as audience (an id token)", "expired two minutes ago", "unsigned (alg none)", "signed by another key"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_the_provider_did_not_issue_for_the_api_is_refused(string flaw)
    {
        var issuer = await product.Provider.IssuerAsync();
        var key = product.Provider.SigningCredentials;
        var valid = DateTime.UtcNow.AddMinutes(5);
        var token = flaw switch
        {
            "wrong issuer" => Token("http://127.0.0.1:1/", "collab-api", key, valid),
            "wrong audience" => Token(issuer, "some-other-api", key, valid),
            "the dashboard's client id as audience (an id token)" => Token(issuer, "collab-dashboard", key, valid),
            // Inside the five minutes JwtBearer allows by default, outside the 30 seconds the product allows.
            "expired two minutes ago" => Token(issuer, "collab-api", key, DateTime.UtcNow.AddMinutes(-2)),
            "unsigned (alg none)" => Token(issuer, "collab-api", null, valid),
            _ => Token(issuer, "collab-api", new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.Key.KeyId }, SecurityAlgorithms.RsaSha256), valid),
        };
        var id = $"oidc-no-{Guid.NewGuid():N}"[..30];

        var response = await Post(token, id);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var reader = Client(await product.Provider.ClientCredentialsTokenAsync());
        var stored = await reader.GetAsync($"/api/v1/support-sessions/{id}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    private static string Token(string issuer, string audience, SigningCredentials? key, DateTime expires)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", Subject), new Claim("roles", "registrar"), new Claim("member", "ocw")]),
            IssuedAt = expires.AddMinutes(-10),
            NotBefore = expires.AddMinutes(-10),
            Expires = expires,
            SigningCredentials = key,
            TokenType = "at+jwt",
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private HttpClient Client(string token)
    {
        var client = ApiClients.Anonymous(product.App);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> Post(string token, string id)
    {
        using var client = Client(token);
        return await client.PostAsJsonAsync("/api/v1/support-sessions", ApiBodies.SupportSession(id, peopleHelped: 2, durationMinutes: 30), Cancel);
    }
}
