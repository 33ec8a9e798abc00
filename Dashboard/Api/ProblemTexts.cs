namespace Collab.Dashboard.Api;

/// <summary>What a caller can do about a problem the framework answered without saying so itself.</summary>
public static class ProblemTexts
{
    public static string DetailFor(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read; see errors for the fields to fix.",
        StatusCodes.Status401Unauthorized => "Sign in: send a bearer token.",
        StatusCodes.Status403Forbidden => "Your role does not allow this.",
        StatusCodes.Status404NotFound => "There is no such resource; see /api/v1/openapi.json.",
        StatusCodes.Status405MethodNotAllowed => "This path does not take this method; see /api/v1/openapi.json.",
        StatusCodes.Status409Conflict => "The request conflicts with what is stored; nothing was changed.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "Send registrations as application/json and imports as text/csv.",
        StatusCodes.Status429TooManyRequests => "Too many writes from you in a short time; wait for Retry-After seconds.",
        StatusCodes.Status503ServiceUnavailable => "The store is not available right now; send the same request again later.",
        _ => "See the status code; nothing was changed.",
    };
}
