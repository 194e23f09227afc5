using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// Builds a <see cref="Graph"/> from benchmark-shaped data through the library's internal constructor (no data
/// files): every relation is stated, undated, with one shared piece of evidence.
/// </summary>
internal static class BenchmarkGraph
{
    public const string Document = "kgbench";

    public static Graph Build(BenchmarkGraphData data)
    {
        ImmutableArray<string> allKinds = [.. BenchmarkGraphData.Kinds.Select(k => k.Name)];
        var types = BenchmarkGraphData.RelationTypes.Select(t => new RelationType
        {
            Name = t,
            Label = t.Replace('_', ' '),
            InverseLabel = "is the object of " + t.Replace('_', ' '),
            SourceKinds = allKinds,
            TargetKinds = allKinds,
            Polarity = Polarity.Neutral,
        });
        ImmutableArray<Evidence> evidence = [new Evidence { Document = Document, Paragraph = 1 }];
        var entities = ImmutableArray.CreateBuilder<Entity>(data.NodeCount);
        for (var i = 0; i < data.NodeCount; i++)
        {
            entities.Add(new Entity { Id = data.NodeIds[i], Kind = data.NodeKinds[i], Name = data.NodeNames[i] });
        }

        var relations = ImmutableArray.CreateBuilder<Relation>(data.EdgeCount);
        for (var e = 0; e < data.EdgeCount; e++)
        {
            relations.Add(new Relation
            {
                Id = "r" + e.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = data.EdgeTypes[e],
                Source = data.NodeIds[data.EdgeSources[e]],
                Target = data.NodeIds[data.EdgeTargets[e]],
                Certainty = Certainty.Stated,
                Evidence = evidence,
            });
        }

        return new Graph(
            [.. BenchmarkGraphData.Kinds.Select(k => new EntityKind(k.Name, k.Name))],
            [.. types],
            [new SourceDocument { Id = Document, Title = "Benchmark graph", ParagraphCount = 1 }],
            entities.MoveToImmutable(),
            relations.MoveToImmutable(),
            "kgbench",
            []);
    }
}
