using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Fills the OpenAPI document's description and gives parameters example values that work on the
/// bundled graph, so "Try it out" in Swagger UI answers at once.
/// </summary>
public static class OpenApiExamples
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["id"] = "nikol-pashinyan",
        ["from"] = "nikol-pashinyan",
        ["to"] = "vladimir-putin",
        ["search"] = "Pashinian",
        ["entity"] = "armenia",
        ["measure"] = "betweenness",
        ["direction"] = "both",
    };

    /// <summary>Registers the transformers.</summary>
    /// <param name="options">The OpenAPI options.</param>
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "KnowledgeGraph API",
                Version = "v1",
                Description = "Paths and neighbourhoods over a knowledge graph of geopolitical analysis: states, officials and "
                    + "organizations joined by typed relation statements, each with its time, certainty and evidence "
                    + "(document, paragraph, footnote). Errors are RFC 9457 problem+json. GET responses carry an ETag "
                    + "of the data version and honour If-None-Match.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is OpenApiParameter p && p.Name is { } name && Examples.TryGetValue(name, out var example))
                {
                    p.Example = JsonValue.Create(example);
                }
            }

            return Task.CompletedTask;
        });
    }
}
