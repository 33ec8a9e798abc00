using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Collab.Dashboard.Api.Docs;

/// <summary>Schemas say what a caller must send: a field that may be null or left out is not required.</summary>
public static class SchemaRules
{
    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancel)
    {
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var (name, property) in properties)
            {
                if (property.Type is { } type && type.HasFlag(JsonSchemaType.Null))
                {
                    required.Remove(name);
                }
            }
        }

        // A property the server computes (no setter, no constructor parameter) is answered, never sent.
        foreach (var computed in context.JsonTypeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null))
        {
            if (schema.Properties?.TryGetValue(computed.Name, out var property) == true && property is OpenApiSchema concrete)
            {
                concrete.ReadOnly = true;
                schema.Required?.Remove(computed.Name);
            }
        }

        return Task.CompletedTask;
    }
}
