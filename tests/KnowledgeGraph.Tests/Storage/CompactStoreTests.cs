using System.Text;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Loading;
using KnowledgeGraph.Tests.Queries;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// A graph imported from CSV (compact arrays, records made on demand) must answer every query exactly as the same
/// graph held as model records, which the oracle tests check against brute force.
/// </summary>
public sealed class CompactStoreTests
{
    private const int Seeds = 100;

    [Test]
    public void Queries_RandomGraphsImportedFromCsv_AnswerLikeModelRecords([Range(0, Seeds - 1)] int seed)
    {
        var random = new Random(seed);
        var shape = RandomGraphs.Create(random);
        var builder = new TestGraphBuilder();
        foreach (var type in RandomGraphs.Types)
        {
            builder.Type(type, type + "s");
        }

        foreach (var entity in shape.Entities)
        {
            builder.Entity(entity.Id, entity.Kind, entity.Name);
        }

        for (var e = 0; e < shape.Relations.Length; e++)
        {
            builder.Relation($"e{e}", shape.Relations[e].Type, shape.Relations[e].Source, shape.Relations[e].Target);
        }

        var model = builder.Build();
        using var dir = new TempFolder();
        var nodes = dir.Write("nodes.csv", "id,kind,name\n" + string.Concat(model.Entities.Select(x => $"{x.Id},{x.Kind},{x.Name}\n")));
        var edges = dir.Write("edges.csv", "source,type,target\n" + string.Concat(model.Relations.Select(r => $"{r.Source},{r.Type},{r.Target}\n")));
        var compact = Graph.ImportCsv(nodes, edges, new CsvImportOptions { EntityKinds = model.EntityKinds, RelationTypes = model.RelationTypes });

        var filter = RandomGraphs.RandomFilter(random, model);
        var start = model.Entities[random.Next(model.Entities.Length)].Id;
        var target = model.Entities[random.Next(model.Entities.Length)].Id;
        var maxLength = random.Next(1, 7);
        PathOptions[] pathQueries =
        [
            new() { Filter = filter, MaxLength = maxLength, K = random.Next(1, 6) },
            new() { Filter = filter, MaxLength = maxLength, Mode = PathSearchMode.AllShortest },
            new() { Filter = filter, MaxLength = maxLength, Mode = PathSearchMode.AllSimple },
            new() { Filter = filter, MaxLength = maxLength, K = 3, Weighting = PathWeighting.PreferCooperative },
        ];
        foreach (var options in pathQueries)
        {
            Assert.That(Describe(compact.FindPaths(start, target, options)), Is.EqualTo(Describe(model.FindPaths(start, target, options))), options.ToString());
        }

        var hood = new NeighbourhoodOptions { Filter = filter, Depth = random.Next(1, 4) };
        Assert.That(Describe(compact.GetNeighbourhood(start, hood)), Is.EqualTo(Describe(model.GetNeighbourhood(start, hood))));
        Assert.That(compact.GetTimeline(start).Select(r => r.Id), Is.EqualTo(model.GetTimeline(start).Select(r => r.Id)));
    }

    private static string Describe(PathResult result) =>
        string.Join(" | ", result.Paths.Select(p => string.Join(",", p.Steps.Select(s => $"{s.Relation.Id}{(s.AlongDirection ? '>' : '<')}"))))
        + $" truncated={result.Truncated}";

    private static string Describe(NeighbourhoodResult result)
    {
        var text = new StringBuilder();
        text.AppendJoin(",", result.Nodes.Select(n => $"{n.Entity.Id}@{n.Distance}")).Append(" / ");
        return text.AppendJoin(",", result.Relations.Select(r => r.Id)).Append($" truncated={result.Truncated}").ToString();
    }
}
