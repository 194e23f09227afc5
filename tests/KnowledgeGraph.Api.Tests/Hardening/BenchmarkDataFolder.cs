using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// Writes benchmark-shaped data as a data folder in the layout of <c>graph-data/</c> (vocabulary, one document,
/// entities, relations), so the real API can serve a large graph. Relation type names become slugs
/// (<c>member_of</c> is <c>member-of</c>); every relation is stated, with paragraph 1 of the one document as evidence.
/// </summary>
public static class BenchmarkDataFolder
{
    public static string Write(int nodes, int edges, int seed) => Write(BenchmarkGraphData.Generate(nodes, edges, seed));

    internal static string Write(BenchmarkGraphData data)
    {
        var root = Directory.CreateTempSubdirectory("kg-bench-data-").FullName;
        foreach (var folder in new[] { "vocabulary", "documents", "entities", "relations" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        WriteJson(Path.Combine(root, "vocabulary", "entity-kinds.json"), w =>
        {
            w.WriteStartArray("entityKinds");
            foreach (var kind in BenchmarkGraphData.Kinds)
            {
                w.WriteStartObject();
                w.WriteString("name", kind.Name);
                w.WriteString("description", $"A {kind.Name} of the benchmark graph.");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        WriteJson(Path.Combine(root, "vocabulary", "relation-types.json"), w =>
        {
            w.WriteStartArray("relationTypes");
            foreach (var type in BenchmarkGraphData.RelationTypes)
            {
                w.WriteStartObject();
                w.WriteString("name", Slug(type));
                w.WriteString("label", type.Replace('_', ' '));
                w.WriteString("inverseLabel", "is the object of " + type.Replace('_', ' '));
                foreach (var ends in new[] { "sourceKinds", "targetKinds" })
                {
                    w.WriteStartArray(ends);
                    foreach (var kind in BenchmarkGraphData.Kinds)
                    {
                        w.WriteStringValue(kind.Name);
                    }

                    w.WriteEndArray();
                }

                w.WriteString("polarity", "neutral");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        WriteJson(Path.Combine(root, "documents", "bench.json"), w =>
        {
            w.WriteStartObject("document");
            w.WriteString("id", "bench");
            w.WriteString("title", "Benchmark graph");
            w.WriteNumber("paragraphCount", 1);
            w.WriteEndObject();
        });
        WriteJson(Path.Combine(root, "entities", "entities.json"), w =>
        {
            w.WriteStartArray("entities");
            for (var i = 0; i < data.NodeCount; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", data.NodeIds[i]);
                w.WriteString("kind", data.NodeKinds[i]);
                w.WriteString("name", data.NodeNames[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        WriteJson(Path.Combine(root, "relations", "bench.json"), w =>
        {
            w.WriteString("document", "bench");
            w.WriteStartArray("relations");
            for (var e = 0; e < data.EdgeCount; e++)
            {
                w.WriteStartObject();
                w.WriteString("id", "r" + e.ToString(CultureInfo.InvariantCulture));
                w.WriteString("type", Slug(data.EdgeTypes[e]));
                w.WriteString("source", data.NodeIds[data.EdgeSources[e]]);
                w.WriteString("target", data.NodeIds[data.EdgeTargets[e]]);
                w.WriteString("certainty", "stated");
                w.WriteStartArray("evidence");
                w.WriteStartObject();
                w.WriteNumber("paragraph", 1);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        return root;
    }

    public static string Slug(string type) => type.Replace('_', '-');

    private static void WriteJson(string path, Action<Utf8JsonWriter> body)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
    }
}
