using System.Text;
using System.Text.Json;
using Json.Schema;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// Validates a data file against the JSON Schema of graph-data/schema/ that its place in the layout calls for (the
/// schema an editor applies), with JsonSchema.Net, the validator the data tests already use.
/// </summary>
internal static class DataSchemas
{
    private static readonly Dictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    /// <summary>Gets the schema file for a path of the layout (<c>entities/states.json</c> is <c>entities.schema.json</c>).</summary>
    public static string SchemaFor(string relativePath) => relativePath.Replace('\\', '/') switch
    {
        "vocabulary/entity-kinds.json" => "entity-kinds.schema.json",
        "vocabulary/relation-types.json" => "relation-types.schema.json",
        "resolution.json" => "resolution.schema.json",
        var p when p.StartsWith("documents/", StringComparison.Ordinal) => "document.schema.json",
        var p when p.StartsWith("entities/", StringComparison.Ordinal) => "entities.schema.json",
        var p when p.StartsWith("relations/", StringComparison.Ordinal) => "relations.schema.json",
        var p => throw new ArgumentException($"{p} is not a file of the data layout", nameof(relativePath)),
    };

    /// <summary>
    /// Validates the bytes of a data file: the errors the schema reports, or the reason the bytes are not JSON at all
    /// (strict UTF-8 and no comments or trailing commas, as the loader and an editor's JSON mode read them); empty
    /// when the file satisfies its schema.
    /// </summary>
    public static IReadOnlyList<string> Errors(string relativePath, byte[] content)
    {
        JsonDocument document;
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            document = JsonDocument.Parse(text.TrimStart('\uFEFF'));
        }
        catch (Exception ex) when (ex is DecoderFallbackException or JsonException)
        {
            return [$"not JSON: {ex.Message}"];
        }

        using (document)
        {
            var result = Schema(SchemaFor(relativePath)).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (result.IsValid)
            {
                return [];
            }

            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .ToList();
            return errors.Count > 0 ? errors : ["invalid (no details)"];
        }
    }

    private static JsonSchema Schema(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var schema))
            {
                schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.GraphData, "schema", file)));
                Loaded[file] = schema;
            }

            return schema;
        }
    }
}
