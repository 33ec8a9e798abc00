using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Collab.Dashboard.Api.Docs;

/// <summary>
/// The OpenAPI document of /api/v1 as the NL GOV API Design Rules ask: API routes only, the major version in the server
/// address, a contact, the bearer scheme, and the <c>API-Version</c> header on every success.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    private const string BearerScheme = "bearer";

    public static IServiceCollection AddCollabOpenApi(this IServiceCollection services)
    {
        services.AddOptions<ApiDocumentOptions>().BindConfiguration(ApiDocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddOpenApi(DocumentName, o =>
        {
            // Pages, sign-in and the culture switch are not part of the API.
            o.ShouldInclude = description => $"/{description.RelativePath}".StartsWith($"{ApiSetup.Prefix}/", StringComparison.Ordinal)
                && !$"/{description.RelativePath}".StartsWith($"{ApiSetup.Prefix}/docs", StringComparison.Ordinal);
            o.AddDocumentTransformer(Describe);
            o.AddOperationTransformer(DescribeOperation);
            o.AddSchemaTransformer(SchemaRules.Apply);
        });
    }

    private static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancel)
    {
        var contact = context.ApplicationServices.GetRequiredService<IOptions<ApiDocumentOptions>>().Value;
        document.Info.Title = "Samenwerkingsdashboard API";
        document.Info.Version = ApiConventions.Version;
        document.Info.Description = "Registrations and figures of the collaboration on information management between ministries and their executing agencies.";
        document.Info.Contact = new OpenApiContact { Name = contact.Name, Url = new Uri(contact.Url), Email = contact.Email };
        // Paths are relative to the server, which carries the major version: /api/v1 + /members.
        document.Servers = [new OpenApiServer { Url = ApiSetup.Prefix, Description = "This server" }];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths.Add(path.StartsWith(ApiSetup.Prefix, StringComparison.Ordinal) ? path[ApiSetup.Prefix.Length..] : path, item);
        }

        document.Paths = paths;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token of the organisation's OpenID Connect provider (in Development: POST /dev/token).",
        };
        return Task.CompletedTask;
    }

    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status is ['2' or '3', ..] && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["API-Version"] = new OpenApiHeader
                {
                    Description = "The full version of the API that answered.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = System.Text.Json.Nodes.JsonValue.Create(ApiConventions.Version),
                };
            }
        }

        // A GET that takes no value from the caller has nothing to refuse as unreadable.
        if (context.Description.HttpMethod is "GET" or "DELETE" && operation.Parameters is not { Count: > 0 } && operation.RequestBody is null)
        {
            operation.Responses?.Remove("400");
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any() && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
