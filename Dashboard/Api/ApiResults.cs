using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Api;

/// <summary>How a registration's outcome reads over HTTP: created, already there, conflict, or a 400 naming every field.</summary>
public static class ApiResults
{
    public static IResult From(RegistrationResult result, string location) => result.Outcome switch
    {
        RegistrationOutcome.Accepted => Results.Created(location, new { status = "accepted" }),
        RegistrationOutcome.Duplicate => Results.Ok(new { status = "duplicate" }),
        RegistrationOutcome.Conflict => Results.Problem(
            title: "Id already used", detail: result.Errors.FirstOrDefault()?.Message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = Errors(result) }),
        RegistrationOutcome.Forbidden => Forbidden(result.Errors[0].Field, result.Errors[0].Message),
        _ => Results.ValidationProblem(Errors(result), title: "The registration is not valid"),
    };

    public static Dictionary<string, string[]> Errors(RegistrationResult result) => Errors(result.Errors);

    /// <summary>Field errors as problem details name them: every message per field.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    public static IResult Forbidden(string field, string message) => Results.Problem(
        title: "Not allowed", detail: message, statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
