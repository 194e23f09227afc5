using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Benchmarks;

/// <summary>
/// Runs the benchmark runner (<c>KnowledgeGraph.Benchmarks peers</c>, as peers.py does) on a small graph made by
/// ../shared/bench/gen_graph.py and checks every per-query answer against a naive oracle over the CSV rows.
/// No timing is asserted.
/// </summary>
public sealed class PeersRunnerTests
{
    [Test]
    public void Peers_SmallGeneratedGraph_AnswersEveryQueryLikeANaiveOracle()
    {
        var generator = Path.Combine(RepositoryPaths.Root, "..", "shared", "bench", "gen_graph.py");
        if (!File.Exists(generator))
        {
            Assert.Ignore($"{Path.GetFullPath(generator)} is not there: the benchmark runner is checked only beside ../shared.");
        }

        var runner = Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Benchmarks", "bin", Configuration, "net10.0", "KnowledgeGraph.Benchmarks.dll");
        Assert.That(runner, Does.Exist, "build the solution first (the runner is a project of it)");
        using var dir = new Loading.TempFolder();
        var data = Path.Combine(dir.Path, "tiny");
        Run(Python, $"\"{generator}\" --nodes 1000 --edges 5000 --seed 7 --out \"{data}\"");

        using var json = JsonDocument.Parse(Run("dotnet", $"\"{runner}\" peers \"{data}\" --budget 60 --warmup 2"));

        var oracle = new NaiveOracle(data);
        var tests = json.RootElement.GetProperty("tests");
        Assert.That(json.RootElement.GetProperty("edges").GetInt32(), Is.EqualTo(5000));
        Assert.That(Values(tests, "sp_directed"), Is.EqualTo(oracle.Pairs.Select(p => new[] { oracle.Distance(p.Source, p.Target, directed: true) })));
        Assert.That(Values(tests, "sp_directed_api"), Is.EqualTo(Values(tests, "sp_directed")));
        Assert.That(Values(tests, "sp_undirected"), Is.EqualTo(oracle.Pairs.Select(p => new[] { oracle.Distance(p.Source, p.Target, directed: false) })));
        Assert.That(Values(tests, "hood2"), Is.EqualTo(oracle.Starts.Select(s => oracle.TwoHops(s, typed: false))));
        Assert.That(Values(tests, "hood2_filtered"), Is.EqualTo(oracle.Starts.Select(s => oracle.TwoHops(s, typed: true))));
        Assert.That(Values(tests, "simple_paths3"), Is.EqualTo(oracle.Pairs.Take(100).Select(p => oracle.SimplePaths(p.Source, p.Target, 3))));
        Assert.That(Values(tests, "simple_paths3").Sum(v => v[0]), Is.GreaterThan(0), "some pairs have simple paths");
    }

    private static string Configuration => new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static long[][] Values(JsonElement tests, string name) =>
        [.. tests.GetProperty(name).GetProperty("values").EnumerateArray().Select(v => v.EnumerateArray().Select(x => x.GetInt64()).ToArray())];

    private static string Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program} {arguments}\n{error.Result}");
        return output;
    }

    /// <summary>The benchmark's questions answered with dictionaries and plain loops over the CSV rows.</summary>
    private sealed class NaiveOracle
    {
        private readonly Dictionary<string, int> ordinals = [];
        private readonly HashSet<string> filterTypes;
        private readonly ILookup<string, (string Source, string Type, string Target)> outgoing;
        private readonly ILookup<string, (string Source, string Type, string Target)> incoming;

        public NaiveOracle(string directory)
        {
            foreach (var (line, i) in File.ReadLines(Path.Combine(directory, "nodes.csv")).Skip(1).Select((l, i) => (l, i)))
            {
                ordinals[line.Split(',')[0]] = i;
            }

            List<(string Source, string Type, string Target)> edges = [.. File.ReadLines(Path.Combine(directory, "edges.csv")).Skip(1).Select(l => l.Split(',')).Select(p => (p[0], p[1], p[2]))];
            var queries = File.ReadLines(Path.Combine(directory, "queries.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            Pairs = [.. queries.Where(q => q[0] == "path").Select(q => (q[1], q[2]))];
            Starts = [.. queries.Where(q => q[0] == "hood").Select(q => q[1])];
            var manifest = File.ReadLines(Path.Combine(directory, "manifest.csv")).Select(l => l.Split(',', 2)).ToDictionary(p => p[0], p => p[1]);
            filterTypes = [.. manifest["filter_types"].Split(';')];
            outgoing = edges.ToLookup(e => e.Source);
            incoming = edges.ToLookup(e => e.Target);
        }

        public List<(string Source, string Target)> Pairs { get; }

        public List<string> Starts { get; }

        public long Distance(string source, string target, bool directed)
        {
            var distance = new Dictionary<string, long> { [source] = 0 };
            var queue = new Queue<string>([source]);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var next in Neighbours(node, directed, typed: false))
                {
                    if (distance.TryAdd(next, distance[node] + 1))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return distance.GetValueOrDefault(target, -1);
        }

        public long[] TwoHops(string start, bool typed)
        {
            var first = Neighbours(start, directed: false, typed).ToHashSet();
            var reached = first.SelectMany(n => Neighbours(n, directed: false, typed)).Concat(first).ToHashSet();
            reached.Remove(start);
            return [reached.Count, reached.Sum(n => (long)ordinals[n])];
        }

        public long[] SimplePaths(string source, string target, int maxLength)
        {
            var nodeSequences = new HashSet<string>();
            long edgePaths = 0;
            void Walk(List<string> path)
            {
                var node = path[^1];
                foreach (var edge in outgoing[node])
                {
                    if (edge.Target == target)
                    {
                        edgePaths++;
                        nodeSequences.Add(string.Join(",", path.Append(target)));
                    }
                    else if (path.Count < maxLength && !path.Contains(edge.Target))
                    {
                        Walk([.. path, edge.Target]);
                    }
                }
            }

            Walk([source]);
            return [edgePaths, nodeSequences.Count];
        }

        private IEnumerable<string> Neighbours(string node, bool directed, bool typed) =>
            outgoing[node].Where(e => !typed || filterTypes.Contains(e.Type)).Select(e => e.Target)
                .Concat(directed ? [] : incoming[node].Where(e => !typed || filterTypes.Contains(e.Type)).Select(e => e.Source));
    }
}
