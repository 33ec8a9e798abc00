using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Collab.Dashboard.Api.Docs;

/// <summary>
/// The comparison's query read as text (so a wrong value is a 400 naming it, not a binding failure) is documented as what it
/// must be: whole numbers with their range, names from their list; and the page's headers beside its 200.
/// </summary>
public static class ComparisonDocs
{
    public static RouteHandlerBuilder WithComparisonDocs(this RouteHandlerBuilder endpoint) => endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            (parameter.Description, parameter.Schema) = parameter.Name switch
            {
                "from" => ("The first month, yyyy-MM, included; the last 12 months when 'from' and 'to' are left out.", parameter.Schema),
                "to" => ("The last month, yyyy-MM, included.", parameter.Schema),
                "perFte" => ("true (default): each figure per DIV FTE; false: absolute.", parameter.Schema),
                "sort" => ("The column to sort on, as on the comparison page; member sorts on the abbreviation. Ties go by member id.", OneOf(ComparisonQuery.SortNames, "activities-per-fte")),
                "direction" => ("Descending by default; ascending by default when sorting on member.", OneOf(["ascending", "descending"], null)),
                "kind" => ("Only members of this kind.", OneOf(ComparisonQuery.KindNames, null)),
                "ministry" => ("Only this ministry and its executing agencies (the ministry's member id).", parameter.Schema),
                "take" => ("Rows per page of the JSON answer. A download (format or Accept) holds every row.", Whole(1, ComparisonQuery.MaxTake, ComparisonQuery.DefaultTake)),
                "page" => ("The page of the JSON answer, 1 first; a page past the last is empty.", Whole(1, null, 1)),
                "format" => (ApiExports.FormatDescription, parameter.Schema),
                _ => (parameter.Description, parameter.Schema),
            };
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Link"] = Header("The first, previous, next and last page of the JSON answer (rel=\"first\", \"prev\", \"next\", \"last\"), where they exist.", JsonSchemaType.String);
            response.Headers[ApiPaging.TotalCountHeader] = Header("How many members the comparison holds with these filters, over every page.", JsonSchemaType.Integer);
        }

        return Task.CompletedTask;
    });

    private static OpenApiSchema Whole(int minimum, int? maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };

    private static OpenApiSchema OneOf(IEnumerable<string> names, string? fallback) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))],
        Default = fallback is null ? null : JsonValue.Create(fallback),
    };

    private static OpenApiHeader Header(string description, JsonSchemaType type) => new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
