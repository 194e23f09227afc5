using System.Globalization;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A graph in the shape of the shared benchmark (<c>../shared/bench</c>, format <c>kgbench-1</c>): nodes with a kind
/// and a name, directed typed edges, heavily skewed degrees (a few State hubs). Read from <c>nodes.csv</c> and
/// <c>edges.csv</c> written by <c>gen_graph.py</c>, or generated here with the same model in small (Chung-Lu with
/// Pareto weights, States x40, one backbone edge per node), so tests need neither Python nor the shared folder.
/// </summary>
/// <remarks>Compiled into both test projects (linked source): each turns it into a graph its own way.</remarks>
internal sealed class BenchmarkGraphData
{
    /// <summary>The node kinds of the benchmark: name, id prefix, share of the nodes, hub factor.</summary>
    public static readonly (string Name, string Prefix, double Share, double HubFactor)[] Kinds =
    [
        ("State", "st", 0.02, 40.0), ("Official", "of", 0.40, 1.0), ("Organization", "org", 0.30, 3.0),
        ("Agreement", "ag", 0.10, 1.0), ("WeaponSystem", "ws", 0.08, 1.0), ("Event", "ev", 0.10, 1.0),
    ];

    /// <summary>The 20 relation types of the benchmark.</summary>
    public static readonly string[] RelationTypes =
    [
        "member_of", "head_of", "employed_by", "met_with", "advisor_to", "signed", "ratified", "acquired_from", "acquired",
        "manufactured_by", "deployed", "criticized", "supports", "opposes", "cooperates_with", "sanctioned", "participated_in",
        "located_in", "concerns", "citizen_of",
    ];

    private BenchmarkGraphData(string[] nodeIds, string[] nodeKinds, string[] nodeNames, int[] edgeSources, int[] edgeTargets, string[] edgeTypes)
    {
        NodeIds = nodeIds;
        NodeKinds = nodeKinds;
        NodeNames = nodeNames;
        EdgeSources = edgeSources;
        EdgeTargets = edgeTargets;
        EdgeTypes = edgeTypes;
    }

    public string[] NodeIds { get; }

    public string[] NodeKinds { get; }

    public string[] NodeNames { get; }

    public int[] EdgeSources { get; }

    public int[] EdgeTargets { get; }

    public string[] EdgeTypes { get; }

    public int NodeCount => NodeIds.Length;

    public int EdgeCount => EdgeSources.Length;

    /// <summary>Generates a graph of the benchmark's shape; the same arguments give the same graph.</summary>
    public static BenchmarkGraphData Generate(int nodes, int edges, int seed)
    {
        var random = new Random(seed);
        var kinds = new int[nodes];
        var at = 0;
        for (var k = 0; k < Kinds.Length; k++)
        {
            var count = k == Kinds.Length - 1 ? nodes - at : (int)Math.Round(nodes * Kinds[k].Share);
            for (var i = 0; i < count && at < nodes; i++)
            {
                kinds[at++] = k;
            }
        }

        random.Shuffle(kinds);
        var cap = Math.Pow(nodes, 0.75);
        var cumulative = new double[nodes];
        var total = 0.0;
        for (var i = 0; i < nodes; i++)
        {
            // Pareto(alpha = 1.3) by inverse transform, capped, times the kind's hub factor.
            var weight = Math.Min(Math.Pow(1 - random.NextDouble(), -1 / 1.3), cap) * Kinds[kinds[i]].HubFactor;
            cumulative[i] = total += weight;
        }

        int Pick()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return Math.Min(index < 0 ? ~index : index, nodes - 1);
        }

        var seen = new HashSet<(int, int, int)>();
        var sources = new List<int>(edges);
        var targets = new List<int>(edges);
        var types = new List<int>(edges);
        void Add(int s, int t, int type)
        {
            if (s != t && seen.Add((s, t, type)))
            {
                sources.Add(s);
                targets.Add(t);
                types.Add(type);
            }
        }

        // The backbone: one edge per node to a weighted pick, so no node is isolated.
        for (var i = 0; i < nodes && sources.Count < edges; i++)
        {
            Add(i, Pick(), random.Next(RelationTypes.Length));
        }

        while (sources.Count < edges)
        {
            Add(Pick(), Pick(), random.Next(RelationTypes.Length));
        }

        var ids = new string[nodes];
        var names = new string[nodes];
        for (var i = 0; i < nodes; i++)
        {
            ids[i] = Kinds[kinds[i]].Prefix + i.ToString(CultureInfo.InvariantCulture);
            names[i] = $"{Kinds[kinds[i]].Name} {i.ToString(CultureInfo.InvariantCulture)}";
        }

        return new BenchmarkGraphData(ids, [.. kinds.Select(k => Kinds[k].Name)], names, [.. sources], [.. targets], [.. types.Select(t => RelationTypes[t])]);
    }

    /// <summary>Reads <c>nodes.csv</c> and <c>edges.csv</c> of a folder written by <c>gen_graph.py</c>.</summary>
    public static BenchmarkGraphData ReadCsv(string folder)
    {
        var ids = new List<string>();
        var kinds = new List<string>();
        var names = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "nodes.csv")).Skip(1))
        {
            var parts = line.Split(',', 3);
            ids.Add(parts[0]);
            kinds.Add(string.Intern(parts[1]));
            names.Add(parts[2]);
        }

        var ordinals = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            ordinals[ids[i]] = i;
        }

        var sources = new List<int>();
        var targets = new List<int>();
        var types = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "edges.csv")).Skip(1))
        {
            var parts = line.Split(',', 3);
            sources.Add(ordinals[parts[0]]);
            types.Add(string.Intern(parts[1]));
            targets.Add(ordinals[parts[2]]);
        }

        return new BenchmarkGraphData([.. ids], [.. kinds], [.. names], [.. sources], [.. targets], [.. types]);
    }

    /// <summary>Gets the node with the most edges, in and out: the biggest hub.</summary>
    public int BiggestHub()
    {
        var degree = new int[NodeCount];
        for (var e = 0; e < EdgeCount; e++)
        {
            degree[EdgeSources[e]]++;
            degree[EdgeTargets[e]]++;
        }

        return Array.IndexOf(degree, degree.Max());
    }

    /// <summary>
    /// Gets two nodes far apart along the edges' direction: the node farthest from the hub, and the node farthest
    /// from that one that it still reaches (a double sweep of breadth-first searches).
    /// </summary>
    public (int From, int To, int Distance) DistantPair()
    {
        var (far, _) = Farthest(BiggestHub());
        var (to, distance) = Farthest(far);
        return (far, to, distance);
    }

    private (int Node, int Distance) Farthest(int start)
    {
        var offsets = new int[NodeCount + 1];
        foreach (var s in EdgeSources)
        {
            offsets[s + 1]++;
        }

        for (var i = 0; i < NodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var next = (int[])offsets.Clone();
        var adjacent = new int[EdgeCount];
        for (var e = 0; e < EdgeCount; e++)
        {
            adjacent[next[EdgeSources[e]]++] = EdgeTargets[e];
        }

        var distance = Enumerable.Repeat(-1, NodeCount).ToArray();
        var queue = new Queue<int>();
        distance[start] = 0;
        queue.Enqueue(start);
        var last = start;
        while (queue.Count > 0)
        {
            last = queue.Dequeue();
            for (var i = offsets[last]; i < offsets[last + 1]; i++)
            {
                if (distance[adjacent[i]] < 0)
                {
                    distance[adjacent[i]] = distance[last] + 1;
                    queue.Enqueue(adjacent[i]);
                }
            }
        }

        return (last, distance[last]);
    }
}
