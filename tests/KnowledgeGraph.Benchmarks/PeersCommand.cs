using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The C# engine for ../shared/bench/peers.py (<c>--external "kg=dotnet KnowledgeGraph.Benchmarks.dll peers"</c>):
/// imports the folder with <see cref="Graph.ImportCsv"/>, runs every test under the README's rules (file order, one
/// query at a time, warm-up, time budget, nearest-rank percentiles) and prints one JSON line.
/// </summary>
/// <remarks>
/// Queries run the kernels the public methods run, on ordinals: <see cref="KShortestPaths"/> with the bidirectional
/// <see cref="HopPaths.Shortest"/> (what <see cref="Graph.FindPaths"/> does for one path), <see cref="NeighbourhoodSearch.Reach"/>
/// (the first step of <see cref="Graph.GetNeighbourhood"/>) and <see cref="SimplePaths.Find"/> (<see cref="PathSearchMode.AllSimple"/>),
/// each in its own <see cref="Traversal"/> as a query of the engine has, with the filter compiled once per test.
/// The <c>_api</c> rows call <see cref="Graph.FindPaths"/> itself: ids in, records and explanations out.
/// </remarks>
internal static class PeersCommand
{
    public static int Run(string[] args)
    {
        string? directory = null, only = null;
        double budget = 120;
        var warmup = 10;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--budget": budget = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--tests": only = args[++i]; break;
                default: directory = args[i]; break;
            }
        }

        if (directory is null)
        {
            Console.Error.WriteLine("usage: peers DATA_DIR [--budget SECONDS] [--warmup N] [--tests a,b]");
            return 2;
        }

        var data = BenchData.Read(directory);
        var rssBase = ProcessMemory.ResidentMiB();
        var clock = Stopwatch.StartNew();
        var graph = Graph.ImportCsv(data.NodesPath, data.EdgesPath);
        var engine = graph.Engine;
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var rssPeakLoad = ProcessMemory.PeakResidentMiB();
        ProcessMemory.Settle();
        var rssAfterLoad = ProcessMemory.ResidentMiB();
        Console.Error.WriteLine($"kg: loaded {graph.EntityCount} entities, {graph.RelationCount} relations in {loadSeconds:F2} s; RSS {rssAfterLoad:F0} MiB (peak {rssPeakLoad:F0})");

        int Ordinal(string id) => graph.Store.EntityOrdinal(id) is var o and >= 0 ? o : throw new InvalidDataException($"Unknown query node '{id}'.");
        var pairs = data.Pairs.Select(p => (Ordinal(p.Source), Ordinal(p.Target))).ToArray();
        var starts = data.Starts.Select(Ordinal).ToArray();
        var directed = new TraversalFilter { Direction = Direction.Outgoing, IncludeUncertain = true };
        var undirected = new TraversalFilter { IncludeUncertain = true };
        var typed = new TraversalFilter { RelationTypes = [.. data.FilterTypes], IncludeUncertain = true };
        var simplePairs = pairs.Take(Math.Min(data.SimplePathPairs, pairs.Length)).ToArray();

        var tests = new List<(string Name, Func<BenchTest> Create)>
        {
            ("sp_directed", () => new ShortestPathTest(engine, engine.CompileFilter(directed), pairs)),
            ("sp_directed_api", () => new ApiShortestPathTest(graph, directed, data.Pairs)),
            ("sp_undirected", () => new ShortestPathTest(engine, engine.CompileFilter(undirected), pairs)),
            ("sp_undirected_api", () => new ApiShortestPathTest(graph, undirected, data.Pairs)),
            ("hood2", () => new NeighbourhoodTest(engine, engine.CompileFilter(undirected), starts)),
            ("hood2_filtered", () => new NeighbourhoodTest(engine, engine.CompileFilter(typed), starts)),
            ("simple_paths3", () => new SimplePathsTest(engine, engine.CompileFilter(directed), simplePairs, data.SimplePathCutoff)),
        };
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout);
        json.WriteStartObject();
        json.WriteString("engine", "kg");
        json.WriteString("version", $"C# .NET {Environment.Version}");
        json.WriteNumber("nodes", graph.EntityCount);
        json.WriteNumber("edges", graph.RelationCount);
        json.WriteNumber("load_s", Math.Round(loadSeconds, 3));
        json.WriteNumber("rss_base_mib", Math.Round(rssBase, 1));
        json.WriteNumber("rss_peak_load_mib", Math.Round(rssPeakLoad, 1));
        json.WriteNumber("rss_after_load_mib", Math.Round(rssAfterLoad, 1));
        json.WriteStartObject("tests");
        foreach (var (name, create) in tests)
        {
            if (wanted is not null && !wanted.Contains(name) && !wanted.Any(w => name.StartsWith(w + "_", StringComparison.Ordinal)))
            {
                continue;
            }

            Console.Error.WriteLine($"kg: {name}");
            Measure(create(), budget, warmup).Write(json, name);
        }

        json.WriteEndObject();
        json.WriteNumber("rss_peak_end_mib", Math.Round(ProcessMemory.PeakResidentMiB(), 1));
        json.WriteEndObject();
        json.Flush();
        stdout.Write("\n"u8);
        return 0;
    }

    // The README's rules: warm-up on the first queries (at most 10 % of the budget), then every query in order,
    // each timed on its own, until the budget's wall time has passed.
    private static TestResult Measure(BenchTest test, double budget, int warmup)
    {
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < Math.Min(warmup, test.Count) && wall.Elapsed.TotalSeconds < budget * 0.1; i++)
        {
            test.Run(i);
            test.Value(i);
        }

        var latencies = new List<long>(test.Count);
        var values = new List<(long, long)>(test.Count);
        for (var i = 0; i < test.Count && wall.Elapsed.TotalSeconds <= budget; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            test.Run(i);
            var t1 = Stopwatch.GetTimestamp();
            latencies.Add((long)((t1 - t0) * (1e9 / Stopwatch.Frequency)));
            values.Add(test.Value(i));
        }

        return new TestResult(test.Count, latencies, values, wall.Elapsed.TotalSeconds, test.Kind);
    }
}

/// <summary>One test: <see cref="Run"/> is the timed query, <see cref="Value"/> reads its answer afterwards.</summary>
internal abstract class BenchTest
{
    public abstract int Count { get; }

    public abstract ValueKind Kind { get; }

    public abstract void Run(int i);

    /// <summary>Gets the checked numbers of the last query and releases what it holds.</summary>
    public abstract (long A, long B) Value(int i);
}

internal enum ValueKind
{
    PathLength,
    NodeSet,
    PathCounts,
}

internal sealed class ShortestPathTest(QueryEngine engine, EdgeFilter filter, (int Source, int Target)[] pairs) : BenchTest
{
    private IndexPath? path;

    public override int Count => pairs.Length;

    public override ValueKind Kind => ValueKind.PathLength;

    public override void Run(int i)
    {
        using var traversal = new Traversal(engine.Index, filter, int.MaxValue, CancellationToken.None);
        var lengthCut = false;
        var paths = KShortestPaths.Find(traversal, HopPaths.Shortest, pairs[i].Source, pairs[i].Target, 1, int.MaxValue, ref lengthCut);
        path = paths.Count > 0 ? paths[0] : null;
    }

    public override (long A, long B) Value(int i) => (path?.Length ?? -1, 0);
}

internal sealed class ApiShortestPathTest(Graph graph, TraversalFilter filter, List<(string Source, string Target)> pairs) : BenchTest
{
    private readonly PathOptions options = new() { Filter = filter, MaxLength = PathOptions.MaxLengthLimit, MaxVisited = int.MaxValue };
    private PathResult? result;

    public override int Count => pairs.Count;

    public override ValueKind Kind => ValueKind.PathLength;

    public override void Run(int i) => result = graph.FindPaths(pairs[i].Source, pairs[i].Target, options);

    public override (long A, long B) Value(int i) => (result!.Paths.IsEmpty ? -1 : result.Paths[0].Length, 0);
}

internal sealed class NeighbourhoodTest(QueryEngine engine, EdgeFilter filter, int[] starts) : BenchTest
{
    private Traversal? traversal;

    public override int Count => starts.Length;

    public override ValueKind Kind => ValueKind.NodeSet;

    public override void Run(int i)
    {
        traversal = new Traversal(engine.Index, filter, int.MaxValue, CancellationToken.None);
        NeighbourhoodSearch.Reach(traversal, starts[i], 2, int.MaxValue);
    }

    public override (long A, long B) Value(int i)
    {
        var reached = CollectionsMarshal.AsSpan(traversal!.Scratch.Reached);
        long sum = 0;
        foreach (var node in reached)
        {
            sum += node;
        }

        traversal.Dispose();
        return (reached.Length, sum);
    }
}

internal sealed class SimplePathsTest(QueryEngine engine, EdgeFilter filter, (int Source, int Target)[] pairs, int cutoff) : BenchTest
{
    private List<IndexPath> paths = [];

    public override int Count => pairs.Length;

    public override ValueKind Kind => ValueKind.PathCounts;

    public override void Run(int i)
    {
        using var traversal = new Traversal(engine.Index, filter, int.MaxValue, CancellationToken.None);
        paths = SimplePaths.Find(traversal, pairs[i].Source, pairs[i].Target, cutoff, int.MaxValue - 1, out _);
    }

    // Edge sequences are the paths; node sequences are counted once each (parallel edges give the same one).
    public override (long A, long B) Value(int i) =>
        (paths.Count, paths.Select(p => string.Join(',', p.Nodes)).Distinct(StringComparer.Ordinal).Count());
}

internal sealed class TestResult(int count, List<long> latencies, List<(long A, long B)> values, double wallSeconds, ValueKind kind)
{
    public void Write(Utf8JsonWriter json, string name)
    {
        var sorted = latencies.Order().ToArray();
        json.WriteStartObject(name);
        json.WriteNumber("n", count);
        json.WriteNumber("done", values.Count);
        json.WriteBoolean("complete", values.Count == count);
        json.WriteNumber("wall_s", Math.Round(wallSeconds, 3));
        json.WriteNumber("total_s", Math.Round(sorted.Sum() / 1e9, 4));
        WritePercentile(json, "p50_us", sorted, 50);
        WritePercentile(json, "p99_us", sorted, 99);
        if (sorted.Length > 0)
        {
            json.WriteNumber("max_us", sorted[^1] / 1000.0);
        }
        else
        {
            json.WriteNull("max_us");
        }

        json.WriteStartObject("checksum");
        switch (kind)
        {
            case ValueKind.PathLength:
                json.WriteNumber("reached", values.Count(v => v.A >= 0));
                json.WriteNumber("sum_len", values.Where(v => v.A >= 0).Sum(v => v.A));
                json.WriteNumber("wsum", values.Select((v, i) => (i + 1) * v.A).Sum());
                break;
            case ValueKind.NodeSet:
                json.WriteNumber("sum_size", values.Sum(v => v.A));
                json.WriteNumber("sum_ord", values.Sum(v => v.B));
                json.WriteNumber("wsum", values.Select((v, i) => (i + 1) * v.A).Sum());
                break;
            default:
                json.WriteNumber("edge_paths", values.Sum(v => v.A));
                json.WriteNumber("node_paths", values.Sum(v => v.B));
                break;
        }

        json.WriteEndObject();
        json.WriteStartArray("values");
        foreach (var (a, b) in values)
        {
            json.WriteStartArray();
            json.WriteNumberValue(a);
            if (kind != ValueKind.PathLength)
            {
                json.WriteNumberValue(b);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Nearest rank: sorted[ceil(p/100 * n) - 1], in microseconds.
    private static void WritePercentile(Utf8JsonWriter json, string name, long[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            json.WriteNull(name);
            return;
        }

        var rank = Math.Max(1, (int)Math.Ceiling(p / 100.0 * sorted.Length));
        json.WriteNumber(name, sorted[rank - 1] / 1000.0);
    }
}
