using Collab.Contracts.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>How a registration's outcome reads over HTTP: created, already there, conflict, or a 400 naming every field.</summary>
public static class ApiResults
{
    public static Results<Created<Acknowledgement>, Ok<Acknowledgement>, ProblemHttpResult, ValidationProblem> From(RegistrationResult result, string location) => result.Outcome switch
    {
        RegistrationOutcome.Accepted => TypedResults.Created(location, Acknowledgement.Accepted),
        RegistrationOutcome.Duplicate => TypedResults.Ok(Acknowledgement.Duplicate),
        RegistrationOutcome.Conflict => TypedResults.Problem(
            title: "Id already used", detail: result.Errors.FirstOrDefault()?.Message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = Errors(result) }),
        RegistrationOutcome.Forbidden => Forbidden(result.Errors[0].Field, result.Errors[0].Message),
        _ => Invalid(result.Errors),
    };

    public static Dictionary<string, string[]> Errors(RegistrationResult result) => Errors(result.Errors);

    /// <summary>Field errors as problem details name them: every message per field.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>A 400 naming every field that is wrong.</summary>
    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(Errors(errors), title: "The registration is not valid", detail: "One or more fields are not valid; see errors.");

    public static ProblemHttpResult Forbidden(string field, string message) => TypedResults.Problem(
        title: "Not allowed", detail: message, statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
