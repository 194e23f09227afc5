using System.Text.Json;
using Json.Schema;

namespace KnowledgeGraph.Tests.Data;

/// <summary>
/// The JSON Schemas in graph-data/schema/ are what editors validate against while an analyst types; every data
/// file must satisfy the schema it names, so the schemas cannot drift from the data the loader accepts.
/// </summary>
public sealed class GraphDataSchemaTests
{
    public static IEnumerable<string> DataFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.GraphData, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.GraphData, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("schema/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(DataFiles))]
    public void DataFile_SatisfiesTheSchemaItNames(string file)
    {
        var path = Path.Combine(RepositoryPaths.GraphData, file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var data = document.RootElement;
        var schemaRef = data.TryGetProperty("$schema", out var named) ? named.GetString() : null;
        Assert.That(schemaRef, Is.Not.Null.And.Not.Empty, $"{file} names no $schema");
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schemaRef!));
        Assert.That(File.Exists(schemaPath), Is.True, $"{file}: $schema {schemaRef} does not exist");

        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        var result = schema.Evaluate(data, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        Assert.That(result.IsValid, Is.True, $"{file} does not satisfy {schemaRef}:\n{string.Join("\n", errors.Take(20))}");
    }
}
