using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// The NL GOV API Design Rules, checked in our own words on the OpenAPI document the product generates and on real answers:
/// what the document promises (versions, problems, statuses, security) is what the API does.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed partial class ApiDesignRuleTests(RunningProduct product)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_document_names_its_contact_a_semantic_version_and_a_server_with_the_major_version()
    {
        var document = await Document();

        var info = document.GetProperty("info");
        var contact = info.GetProperty("contact");
        Assert.All(new[] { "name", "url", "email" }, field => Assert.False(string.IsNullOrWhiteSpace(contact.GetProperty(field).GetString()), field));
        Assert.Matches(SemanticVersion(), info.GetProperty("version").GetString());
        var servers = document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();
        Assert.NotEmpty(servers);
        Assert.All(servers, url => Assert.Matches(@"/v\d+$", url));
        Assert.All(servers, url => Assert.False(url.StartsWith("http://", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task The_document_holds_API_routes_only_in_kebab_case_without_trailing_slashes()
    {
        var paths = (await Document()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/support-sessions", paths);
        Assert.DoesNotContain(paths, p => p.Contains("culture", StringComparison.Ordinal) || p.Contains("account", StringComparison.Ordinal) || p.Contains("dev", StringComparison.Ordinal));
        // A file name (data.csv) may carry its extension after the first segment.
        Assert.All(paths, p => Assert.Matches(@"^/([a-z0-9]+(-[a-z0-9]+)*|\{[a-zA-Z]+\})(/([a-z0-9]+([.-][a-z0-9]+)*|\{[a-zA-Z]+\}))*$", p));
    }

    [Fact]
    public async Task Every_success_documents_its_API_Version_header_and_every_operation_a_success_with_content()
    {
        foreach (var (name, operation) in Operations(await Document()))
        {
            var successes = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '2' or '3').ToList();
            Assert.True(successes.Count > 0, $"{name} documents no success");
            Assert.All(successes, r => Assert.True(r.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty("API-Version", out _), $"{name} {r.Name} has no API-Version header"));
            Assert.True(successes.Any(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any()), $"{name} documents no answer body");
        }
    }

    [Fact]
    public async Task Every_error_is_a_problem_with_status_title_and_detail_and_every_input_can_be_refused_with_400()
    {
        var document = await Document();
        var problems = document.GetProperty("components").GetProperty("schemas");
        foreach (var (name, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses");
            foreach (var error in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var problem = error.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var media) ? media : default;
                Assert.True(problem.ValueKind == JsonValueKind.Object, $"{name} {error.Name} is not documented as application/problem+json");
                var schema = problem.GetProperty("schema");
                var properties = Resolve(problems, schema).GetProperty("properties");
                Assert.All(new[] { "status", "title", "detail" }, p => Assert.True(properties.TryGetProperty(p, out _), $"{name} {error.Name} problem lacks {p}"));
            }

            var takesInput = !name.StartsWith("get ", StringComparison.Ordinal) || (operation.TryGetProperty("parameters", out var parameters) && parameters.GetArrayLength() > 0);
            Assert.Equal(takesInput, responses.TryGetProperty("400", out _));
        }
    }

    [Fact]
    public async Task Protected_operations_name_the_bearer_scheme_and_can_answer_401_and_403()
    {
        var document = await Document();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var registration = document.GetProperty("paths").GetProperty("/support-sessions").GetProperty("post");
        Assert.Contains(registration.GetProperty("security").EnumerateArray(), requirement => requirement.TryGetProperty("bearer", out _));
        Assert.All(new[] { "401", "403", "409", "429", "503" }, status => Assert.True(registration.GetProperty("responses").TryGetProperty(status, out _), status));
        var openData = document.GetProperty("paths").GetProperty("/indicators/collaboration").GetProperty("get");
        Assert.False(openData.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Input_schemas_require_only_what_a_caller_must_send_and_count_fields_are_integers()
    {
        var session = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("SupportSession");

        var required = session.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        Assert.DoesNotContain("initiativeId", required);
        Assert.DoesNotContain("satisfaction", required);
        Assert.DoesNotContain("note", required);
        Assert.DoesNotContain("ownerId", required);
        Assert.Contains("providingMemberId", required);
        var properties = session.GetProperty("properties");
        Assert.True(properties.GetProperty("ownerId").GetProperty("readOnly").GetBoolean());
        Assert.Equal("integer", properties.GetProperty("peopleHelped").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Real_problem_answers_carry_status_title_detail_and_the_version_and_are_documented_for_their_operation()
    {
        var document = await Document();
        using var anonymous = ApiClients.Anonymous(product.App);
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        var cases = new (string Operation, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("post /support-sessions", () => anonymous.PostAsync("/api/v1/support-sessions", Json("{}"), Cancel)),
            ("post /support-sessions", () => registrar.PostAsync("/api/v1/support-sessions", Json("{\"id\": \"x\","), Cancel)),
            ("post /support-sessions", () => registrar.PostAsync("/api/v1/support-sessions", new StringContent("id=x", Encoding.UTF8, "text/plain"), Cancel)),
            ("post /members", () => registrar.PostAsync("/api/v1/members", Json("{}"), Cancel)),
            ("get /members/{id}", () => registrar.GetAsync("/api/v1/members/no-such-member", Cancel)),
            ("get /comparison", () => registrar.GetAsync("/api/v1/comparison?from=2025-13", Cancel)),
        };

        foreach (var (operation, send) in cases)
        {
            using var answer = await send();
            var status = (int)answer.StatusCode;
            Assert.InRange(status, 400, 499);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Equal("1.0.0", answer.Headers.GetValues("API-Version").Single());
            var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), $"{operation} {status} has no title");
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"{operation} {status} has no detail");
            var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            Assert.True(document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _),
                $"{operation} answered {status}, which its operation does not document");
        }
    }

    [Fact]
    public async Task A_count_sent_as_a_string_is_refused_naming_the_field()
    {
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");

        using var answer = await registrar.PostAsync("/api/v1/support-sessions", Json(
            "{\"id\": \"string-count\", \"date\": \"2026-01-05\", \"providingMemberId\": \"ocw\", \"hostMemberId\": \"ezk\", \"format\": \"pop-up-store\", \"topics\": [\"dms\"], \"peopleHelped\": \"5\", \"durationMinutes\": 30, \"leaflets\": 0}"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.peopleHelped", out _), problem.ToString());
    }

    private async Task<JsonElement> Document()
    {
        using var anonymous = ApiClients.Anonymous(product.App);
        return await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json", Cancel);
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => Methods.Contains(o.Name)).Select(o => ($"{o.Name} {path.Name}", o.Value)));

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemanticVersion();
}
