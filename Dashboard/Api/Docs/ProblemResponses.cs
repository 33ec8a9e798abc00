using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Collab.Dashboard.Api.Docs;

/// <summary>
/// The problem answers an API endpoint can give, read from what the endpoint is (authorized, rate limited, taking a body,
/// naming a resource), so the OpenAPI document lists every status with its problem schema without a list kept beside the code.
/// </summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    /// <summary>Runs after every other convention of the group, when the endpoint's own metadata is complete.</summary>
    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint => Add(endpoint));
        return builder;
    }

    private static void Add(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var documented = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        var method = metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).FirstOrDefault() ?? HttpMethods.Get;
        var takesBody = !HttpMethods.IsGet(method) && !HttpMethods.IsDelete(method);
        var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern;
        var hasParameters = pattern?.Parameters.Count > 0 || metadata.OfType<IParameterBindingMetadata>().Any();
        var authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

        void Problem(int status, bool validation = false)
        {
            if (documented.Add(status))
            {
                metadata.Add(new ProducesResponseTypeMetadata(status, validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), [ContentType]));
            }
        }

        // Anything the caller sends (a body, a path or query value) can be unreadable or invalid.
        if (takesBody || hasParameters)
        {
            Problem(StatusCodes.Status400BadRequest, validation: true);
        }
        if (authorized)
        {
            Problem(StatusCodes.Status401Unauthorized);
            Problem(StatusCodes.Status403Forbidden);
        }

        if (pattern?.Parameters.Count > 0)
        {
            Problem(StatusCodes.Status404NotFound);
        }

        if (takesBody)
        {
            Problem(StatusCodes.Status413PayloadTooLarge);
            Problem(StatusCodes.Status415UnsupportedMediaType);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Problem(StatusCodes.Status429TooManyRequests);
        }

        // The store or cluster away: 503 with Retry-After, never a 500.
        Problem(StatusCodes.Status503ServiceUnavailable);
    }
}
