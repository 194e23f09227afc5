using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The query side of a benchmark folder (format kgbench-1): manifest settings and the fixed queries.</summary>
internal sealed class BenchData
{
    private BenchData(string directory, Dictionary<string, string> manifest, List<(string Source, string Target)> pairs, List<string> starts)
    {
        Directory = directory;
        Manifest = manifest;
        Pairs = pairs;
        Starts = starts;
    }

    public string Directory { get; }

    public Dictionary<string, string> Manifest { get; }

    public List<(string Source, string Target)> Pairs { get; }

    public List<string> Starts { get; }

    public string NodesPath => Path.Combine(Directory, "nodes.csv");

    public string EdgesPath => Path.Combine(Directory, "edges.csv");

    /// <summary>Gets the relation types of the filtered 2-hop test.</summary>
    public string[] FilterTypes => Manifest.GetValueOrDefault("filter_types", string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries);

    public int SimplePathPairs => int.Parse(Manifest.GetValueOrDefault("simple_path_pairs", "100"), CultureInfo.InvariantCulture);

    public int SimplePathCutoff => int.Parse(Manifest.GetValueOrDefault("simple_path_cutoff", "3"), CultureInfo.InvariantCulture);

    public static BenchData Read(string directory)
    {
        var manifest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(directory, "manifest.csv")).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                manifest[line[..comma]] = line[(comma + 1)..];
            }
        }

        var pairs = new List<(string, string)>();
        var starts = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "queries.csv")).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length == 3 && parts[0] == "path")
            {
                pairs.Add((parts[1], parts[2]));
            }
            else if (parts.Length >= 2 && parts[0] == "hood")
            {
                starts.Add(parts[1]);
            }
        }

        return new BenchData(directory, manifest, pairs, starts);
    }
}
