using System.Text.Json;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>What NetworkX must see in a GraphML or GEXF export of a graph (the output of Consumers/read_networkx.py).</summary>
internal static class NetworkXExpectations
{
    public static void AssertSameGraph(Graph graph, JsonElement seen)
    {
        var nodes = seen.GetProperty("nodes");
        var edges = seen.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("directed").GetBoolean(), Is.True);
            Assert.That(nodes.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(graph.Entities.Select(e => e.Id)), "node ids");
            Assert.That(edges.Keys, Is.EquivalentTo(graph.Relations.Select(r => r.Id)), "one edge per relation, keyed by its id, parallel ones included");
            foreach (var entity in graph.Entities)
            {
                var data = nodes.GetProperty(entity.Id);
                var expected = FlatAttributes.Of(entity).ToDictionary(v => v.Column.Name, v => v.AsText);
                expected["label"] = entity.Name;
                Assert.That(Attributes(data), Is.EquivalentTo(expected), $"attributes of node {entity.Id}");
                Assert.That(data.GetProperty("label").GetString(), Is.EqualTo(entity.Name));
                Assert.That(data.GetProperty("kind").GetString(), Is.EqualTo(entity.Kind));
                if (!entity.Aliases.IsEmpty)
                {
                    Assert.That(JsonSerializer.Deserialize<string[]>(data.GetProperty("aliases").GetString()!), Is.EqualTo(entity.Aliases.ToArray()));
                }
            }

            foreach (var relation in graph.Relations)
            {
                var edge = edges[relation.Id];
                var data = edge.GetProperty("data");
                var type = graph.FindRelationType(relation.Type)!;
                var expected = FlatAttributes.Of(relation, type, graph.SupportOf(relation)).ToDictionary(v => v.Column.Name, v => v.AsText);
                Assert.That(Attributes(data), Is.EquivalentTo(expected), $"attributes of edge {relation.Id}");
                Assert.That(edge.GetProperty("source").GetString(), Is.EqualTo(relation.Source));
                Assert.That(edge.GetProperty("target").GetString(), Is.EqualTo(relation.Target));
                Assert.That(data.GetProperty("relationType").GetString(), Is.EqualTo(relation.Type));
                Assert.That(data.GetProperty("label").GetString(), Is.EqualTo(type.Label));
                Assert.That(data.GetProperty("certainty").GetString(), Is.EqualTo(relation.Certainty.ToString().ToLowerInvariant()));
                Assert.That(data.TryGetProperty("implicit", out var isImplicit) && isImplicit.GetBoolean(), Is.EqualTo(relation.Implicit));
                Assert.That(data.TryGetProperty("timePoint", out var point) ? point.GetString() : null, Is.EqualTo(relation.Time.Point?.ToString()));
                Assert.That(data.GetProperty("evidence").GetString(), Does.Contain(relation.Evidence[0].Note ?? relation.Evidence[0].Document ?? "background"));
            }
        });
    }

    /// <summary>Gets the exported attributes NetworkX read, as text, leaving out what the reader adds itself.</summary>
    private static Dictionary<string, string> Attributes(JsonElement data) => data.EnumerateObject()
        .Where(p => p.Name is not ("id" or "spells"))
        .ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => p.Value.GetRawText(),
        });
}
