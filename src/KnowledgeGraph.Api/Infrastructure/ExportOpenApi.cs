using System.Text.Json.Nodes;
using KnowledgeGraph.Export;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Writes the <c>format</c> query parameter of every export route into the OpenAPI document from the library's
/// registry of export writers (<see cref="ExportFormatInfo.All"/>): its description lists each format with what it
/// holds, its schema is an enum of the canonical names with their display names as <c>x-enum-descriptions</c>
/// (which the explorer shows), so a new format appears in the document and the explorer without editing either.
/// </summary>
public static class ExportOpenApi
{
    /// <summary>Registers the transformer.</summary>
    /// <param name="options">The OpenAPI options.</param>
    public static void Configure(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "format", In: ParameterLocation.Query } p)
            {
                var wholeGraph = context.Description.RelativePath == "api/graph";
                p.Description = Describe(wholeGraph);
                p.Schema = FormatSchema();
            }
        }

        return Task.CompletedTask;
    });

    /// <summary>Gets the description of the <c>format</c> parameter, listing every format of the registry.</summary>
    /// <param name="wholeGraph">Whether the route is <c>/api/graph</c>, where the parameter is optional and Accept chooses without it.</param>
    /// <returns>The description (Markdown).</returns>
    public static string Describe(bool wholeGraph)
    {
        var lead = wholeGraph
            ? "The format. Optional: without it the Accept header chooses (e.g. `text/turtle`), else `json`."
            : "Download the result as a file in this format instead of the JSON response.";
        var items = ExportFormatInfo.All.Select(f =>
            $"- `{f.Name}`{(f.Aliases.IsEmpty ? string.Empty : $" (also {string.Join(", ", f.Aliases.Select(a => $"`{a}`"))})")}: {f.Description} `{f.MediaType}`, `{f.FileExtension}`");
        return lead + "\n\n" + string.Join("\n", items);
    }

    private static OpenApiSchema FormatSchema()
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [.. ExportFormatInfo.All.Select(f => (JsonNode)JsonValue.Create(f.Name))],
        };
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enum-descriptions"] = new JsonNodeExtension(new JsonArray([.. ExportFormatInfo.All.Select(f => (JsonNode)JsonValue.Create(f.DisplayName))]));
        return schema;
    }
}
