using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Where the BenchmarkDotNet suite finds its graphs: the bundled one, and S and M of ../shared/bench.</summary>
internal static class BenchGraphs
{
    public const string Bundled = "bundled";

    public static string DataRoot => Environment.GetEnvironmentVariable("KG_BENCH_DATA") ?? "/tmp/kgbench";

    public static Graph Load(string name) => name == Bundled
        ? Graph.LoadDefault()
        : Graph.ImportCsv(Path.Combine(DataRoot, name, "nodes.csv"), Path.Combine(DataRoot, name, "edges.csv"));

    /// <summary>Gets 100 path pairs and 100 neighbourhood centers: the benchmark's own queries, or seeded picks on the bundled graph.</summary>
    public static (List<(string From, string To)> Pairs, List<string> Centers) Queries(string name, Graph graph)
    {
        if (name != Bundled)
        {
            var data = BenchData.Read(Path.Combine(DataRoot, name));
            return ([.. data.Pairs.Take(100)], [.. data.Starts.Take(100)]);
        }

        var random = new Random(42);
        var ids = graph.Entities.Where(e => e.Isolated is null).Select(e => e.Id).ToArray();
        var pairs = Enumerable.Range(0, 100).Select(_ => (ids[random.Next(ids.Length)], ids[random.Next(ids.Length)])).ToList();
        return (pairs, [.. Enumerable.Range(0, 100).Select(_ => ids[random.Next(ids.Length)])]);
    }
}

/// <summary>Loading: the bundled graph from its embedded JSON, S and M from CSV.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    /// <summary>Gets or sets the graph: bundled, S or M.</summary>
    [Params(BenchGraphs.Bundled, "S", "M")]
    public string Data { get; set; } = BenchGraphs.Bundled;

    /// <summary>Loads the graph and builds its query index.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark]
    public int Load()
    {
        var graph = BenchGraphs.Load(Data);
        return graph.Engine.Index.NodeCount;
    }
}

/// <summary>The public query API (ids in, records and explanations out), each operation over 100 queries.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Queries = 100;
    private Graph graph = null!;
    private List<(string From, string To)> pairs = [];
    private List<string> centers = [];
    private NeighbourhoodOptions filteredHood = new();

    /// <summary>Gets or sets the graph: bundled, S or M.</summary>
    [Params(BenchGraphs.Bundled, "S", "M")]
    public string Data { get; set; } = BenchGraphs.Bundled;

    /// <summary>Loads the graph and picks the queries.</summary>
    [GlobalSetup]
    public void Setup()
    {
        graph = BenchGraphs.Load(Data);
        (pairs, centers) = BenchGraphs.Queries(Data, graph);
        var types = Data == BenchGraphs.Bundled
            ? graph.RelationTypes.Take(5).Select(t => t.Name).ToImmutableArray()
            : [.. BenchData.Read(Path.Combine(BenchGraphs.DataRoot, Data)).FilterTypes];
        filteredHood = new NeighbourhoodOptions { Depth = 2, MaxNodes = NeighbourhoodOptions.MaxNodesLimit, Filter = new TraversalFilter { RelationTypes = types } };
    }

    /// <summary>The shortest path of each pair (bidirectional BFS), with its explanation.</summary>
    /// <returns>The sum of the path lengths.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int ShortestPath()
    {
        var sum = 0;
        foreach (var (from, to) in pairs)
        {
            sum += graph.FindPaths(from, to).Paths.Sum(p => p.Length);
        }

        return sum;
    }

    /// <summary>The 5 shortest simple paths of each pair (Yen).</summary>
    /// <returns>The number of paths found.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int KShortestPaths()
    {
        var options = new PathOptions { K = 5 };
        var count = 0;
        foreach (var (from, to) in pairs)
        {
            count += graph.FindPaths(from, to, options).Paths.Length;
        }

        return count;
    }

    /// <summary>The 2-hop neighbourhood of each center with its induced relations (at most 10 000 entities).</summary>
    /// <returns>The number of entities found.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int Neighbourhood2()
    {
        var options = new NeighbourhoodOptions { Depth = 2, MaxNodes = NeighbourhoodOptions.MaxNodesLimit };
        var count = 0;
        foreach (var center in centers)
        {
            count += graph.GetNeighbourhood(center, options).Nodes.Length;
        }

        return count;
    }

    /// <summary>The 2-hop neighbourhood of each center over a few relation types only.</summary>
    /// <returns>The number of entities found.</returns>
    [Benchmark(OperationsPerInvoke = Queries)]
    public int Neighbourhood2Filtered()
    {
        var count = 0;
        foreach (var center in centers)
        {
            count += graph.GetNeighbourhood(center, filteredHood).Nodes.Length;
        }

        return count;
    }
}
