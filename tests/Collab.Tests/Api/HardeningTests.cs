using System.Net;
using System.Text;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Every response carries the security headers, and an oversized body is refused with 413, never a 500.</summary>
[Collection(AppHostCollection.Name)]
public sealed class HardeningTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/indicators/collaboration")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        using var anonymous = ApiClients.Anonymous(product.App);

        var response = await anonymous.GetAsync(path, Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_larger_than_two_megabytes_is_refused_with_413()
    {
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var huge = "{\"id\":\"big\",\"note\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/support-sessions")
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };
        // Ask before sending the body, as a well-behaved client of a large upload does: the server refuses on the length alone.
        request.Headers.ExpectContinue = true;

        var response = await registrar.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
