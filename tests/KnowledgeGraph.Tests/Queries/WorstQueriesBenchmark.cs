using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// A benchmark, not a test: it exists only when <c>KG_BENCH_DIR</c> names a folder written by the shared
/// <c>gen_graph.py</c> (e.g. L: 1 000 000 entities, 10 000 000 relations); it loads it and times the worst queries
/// at the API's default caps, printing a table. <c>bench/worst-queries.sh</c> runs it.
/// </summary>
[Category("Benchmark")]
public sealed class WorstQueriesBenchmark
{
    // The API's defaults (appsettings.json): MaxDepth 3, MaxK 10, MaxPathLength 8, MaxPaths 100, MaxLimit 500,
    // MaxVisited 200 000, RequestTimeoutSeconds 10.
    private const int MaxVisited = 200_000;
    private static readonly TimeSpan RequestBudget = TimeSpan.FromSeconds(10);

    /// <summary>The benchmark folder, when one is named; otherwise no case, so the suite neither runs nor skips it.</summary>
    public static IEnumerable<string> Folders()
    {
        if (Environment.GetEnvironmentVariable("KG_BENCH_DIR") is { Length: > 0 } folder)
        {
            yield return folder;
        }
    }

    [TestCaseSource(nameof(Folders))]
    public void WorstQueriesOnTheBenchmarkGraph(string folder)
    {
        Assert.That(Path.Combine(folder, "edges.csv"), Does.Exist, "generate it with ../shared/bench/gen_graph.py (bench/worst-queries.sh does)");

        var report = new StringBuilder();
        var clock = Stopwatch.StartNew();
        var data = BenchmarkGraphData.ReadCsv(folder);
        var read = clock.Elapsed;
        var graph = BenchmarkGraph.Build(data);
        var built = clock.Elapsed;
        var hub = data.NodeIds[data.BiggestHub()];
        var (f, t, distance) = data.DistantPair();
        var (from, to) = (data.NodeIds[f], data.NodeIds[t]);
        _ = graph.ResolveEntity(hub);
        var indexed = clock.Elapsed;
        report.AppendLine(CultureInfo.InvariantCulture, $"Graph {folder}: {data.NodeCount:N0} entities, {data.EdgeCount:N0} relations; CSV read {read.TotalSeconds:F1} s, "
            + $"graph built {(built - read).TotalSeconds:F1} s, query index {(indexed - built).TotalSeconds:F1} s; RSS {Rss("VmRSS")} MiB, peak {Rss("VmHWM")} MiB.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Biggest hub {hub}; distant pair {from} -> {to} ({distance} relations along their direction).");
        report.AppendLine();
        report.AppendLine("| query | median ms | max ms | truncated | result | reason |");
        report.AppendLine("|---|---:|---:|---|---|---|");
        Time(report, "neighbourhood of the biggest hub, depth 3 (API max), limit 500", () => Hood(graph, hub, 3, 500));
        Time(report, "neighbourhood of the biggest hub, depth 4 (library max), 10 000 nodes", () => Hood(graph, hub, NeighbourhoodOptions.MaxDepth, NeighbourhoodOptions.MaxNodesLimit));
        Time(report, "unfiltered neighbourhood of the biggest hub, depth 1, limit 500", () => Hood(graph, hub, 1, 500));
        Time(report, "k = 10 (API cap) shortest paths, maxLength 8, distant pair", () => Paths(graph, from, to, new PathOptions { K = 10, MaxLength = 8, MaxVisited = MaxVisited }));
        Time(report, "k = 20 (library cap) shortest paths, maxLength 10, distant pair", () => Paths(graph, from, to, new PathOptions { K = PathOptions.MaxK, MaxLength = PathOptions.MaxLengthLimit, MaxVisited = MaxVisited }));
        Time(report, "all shortest paths (max 100), distant pair, both directions", () => Paths(graph, from, to, new PathOptions
        {
            Mode = PathSearchMode.AllShortest, MaxLength = 8, MaxPaths = 100, MaxVisited = MaxVisited, Filter = TraversalFilter.Default with { Direction = Direction.Both },
        }));
        Time(report, "betweenness ranking, stopped by the 10 s request budget", () =>
        {
            using var budget = new CancellationTokenSource(RequestBudget);
            try
            {
                var ranked = graph.RankActors(CentralityMeasure.Betweenness, null, budget.Token);
                return (false, $"{ranked.Count} ranked", "finished");
            }
            catch (OperationCanceledException)
            {
                return (true, "cancelled", "request budget (503)");
            }
        }, runs: 1);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Peak RSS {Rss("VmHWM")} MiB.");
        TestContext.Progress.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("KG_BENCH_OUT") is { Length: > 0 } output)
        {
            File.WriteAllText(output, report.ToString());
        }
    }

    private static (bool Truncated, string Result, string? Reason) Hood(Graph graph, string center, int depth, int maxNodes)
    {
        var result = graph.GetNeighbourhood(center, new NeighbourhoodOptions { Depth = depth, MaxNodes = maxNodes, MaxVisited = MaxVisited });
        return (result.Truncated, $"{result.Nodes.Length} entities, {result.Relations.Length} relations", result.TruncationReason);
    }

    private static (bool Truncated, string Result, string? Reason) Paths(Graph graph, string from, string to, PathOptions options)
    {
        var result = graph.FindPaths(from, to, options);
        var lengths = result.Paths.IsEmpty ? "-" : $"{result.Paths.Min(p => p.Length)}-{result.Paths.Max(p => p.Length)}";
        return (result.Truncated, $"{result.Paths.Length} paths of length {lengths}", result.TruncationReason);
    }

    private static void Time(StringBuilder report, string name, Func<(bool Truncated, string Result, string? Reason)> query, int runs = 5)
    {
        var times = new List<double>();
        (bool Truncated, string Result, string? Reason) outcome = default;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            outcome = query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var reason = outcome.Reason is null ? string.Empty : outcome.Reason.Split(';')[0];
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {times[times.Count / 2]:F1} | {times[^1]:F1} | {(outcome.Truncated ? "yes" : "no")} | {outcome.Result} | {reason} |");
    }

    private static long Rss(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }
}
