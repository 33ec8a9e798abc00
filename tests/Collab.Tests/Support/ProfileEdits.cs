using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Collab.Tests.Support;

/// <summary>Creating and editing members and initiatives over the API the way a client must: GET the ETag, PUT with If-Match.</summary>
public static class ProfileEdits
{
    /// <summary>POSTs the profile (as the manager) to <paramref name="collection"/> and answers its ETag.</summary>
    public static async Task<string> CreateAsync(HttpClient manager, string collection, string id, object profile, CancellationToken cancel)
    {
        var created = await manager.PostAsJsonAsync(collection, profile, cancel);
        created.EnsureSuccessStatusCode();
        return await ETagAsync(manager, $"{collection}/{id}", cancel);
    }

    public static async Task<string> ETagAsync(HttpClient client, string path, CancellationToken cancel)
    {
        using var read = await client.GetAsync(path, cancel);
        read.EnsureSuccessStatusCode();
        return read.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"GET {path} answered no ETag.");
    }

    /// <summary>PUTs the profile with If-Match <paramref name="etag"/>, or without If-Match when it is null.</summary>
    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object profile, string? etag, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(profile) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return client.SendAsync(request, cancel);
    }
}
