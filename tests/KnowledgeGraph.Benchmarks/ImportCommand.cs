using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Imports a CSV graph with a progress bar on standard error (cancellable with Ctrl+C), then reports the load time
/// and the process's memory: peak and settled resident set size, and both per relation.
/// </summary>
internal static class ImportCommand
{
    public static int Run(string[] args)
    {
        var paths = new List<string>();
        var threads = Environment.ProcessorCount;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threads")
            {
                threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var (nodes, edges) = paths.Count switch
        {
            1 => (Path.Combine(paths[0], "nodes.csv"), Path.Combine(paths[0], "edges.csv")),
            2 => (paths[0], paths[1]),
            _ => (null, null),
        };
        if (nodes is null || edges is null)
        {
            Console.Error.WriteLine("usage: import DATA_DIR | NODES.csv EDGES.csv [--threads N]");
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var bar = new ProgressBar(Console.Error, !Console.IsErrorRedirected);
        var rssBase = ProcessMemory.ResidentMiB();
        var clock = Stopwatch.StartNew();
        Graph graph;
        try
        {
            graph = Graph.ImportCsv(nodes, edges, CsvImportOptions.Default with { MaxDegreeOfParallelism = threads }, bar, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            bar.Finish();
            Console.Error.WriteLine($"import cancelled after {clock.Elapsed.TotalSeconds:F1} s");
            return 130;
        }
        catch (GraphDataException e)
        {
            bar.Finish();
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        bar.Finish();
        var peak = ProcessMemory.PeakResidentMiB();
        ProcessMemory.Settle();
        var settled = ProcessMemory.ResidentMiB();
        var relations = Math.Max(1, graph.RelationCount);
        var arrays = graph.Store is Storage.CompactStore store ? store.ArrayBytes : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            entities      {graph.EntityCount,12:N0}
            relations     {graph.RelationCount,12:N0}
            kinds, types  {graph.EntityKinds.Length} kinds, {graph.RelationTypes.Length} relation types
            version       {graph.Version}
            load          {seconds,12:F2} s ({threads} threads)
            RSS before    {rssBase,12:F1} MiB
            RSS peak      {peak,12:F1} MiB   {peak * 1048576 / relations,8:F1} bytes per relation
            RSS settled   {settled,12:F1} MiB   {settled * 1048576 / relations,8:F1} bytes per relation (after a full GC)
            graph arrays  {arrays / 1048576.0,12:F1} MiB   {(double)arrays / relations,8:F1} bytes per relation (index, strings, id hash)
            """));
        foreach (var notice in graph.Notices)
        {
            Console.WriteLine("note: " + notice);
        }

        return 0;
    }

    /// <summary>Draws one line per phase, redrawn in place on a terminal; a line per phase when redirected.</summary>
    private sealed class ProgressBar(TextWriter output, bool interactive) : IProgress<ImportProgress>
    {
        private const int Width = 30;
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly HashSet<ImportPhase> finished = [];
        private ImportPhase? phase;

        public void Report(ImportProgress value)
        {
            lock (this)
            {
                if (phase is { } current && current != value.Phase && interactive)
                {
                    output.WriteLine();
                }

                if (!interactive)
                {
                    if (value.Fraction >= 1 && finished.Add(value.Phase))
                    {
                        output.WriteLine(Line(value));
                    }
                }
                else
                {
                    output.Write("\r" + Line(value));
                }

                phase = value.Phase;
            }
        }

        public void Finish()
        {
            lock (this)
            {
                if (interactive && phase is not null)
                {
                    output.WriteLine();
                }

                phase = null;
            }
        }

        private string Line(ImportProgress p)
        {
            var filled = (int)Math.Round(p.Fraction * Width);
            var amount = p.Phase == ImportPhase.Indexing ? string.Empty : $" {p.Done / 1048576.0,7:F1}/{p.Total / 1048576.0:F1} MiB";
            var rows = p.Rows > 0 ? $" {p.Rows,12:N0} rows" : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"{p.Phase,-9} [{new string('#', filled)}{new string('-', Width - filled)}] {p.Fraction,4:P0}{amount}{rows} {clock.Elapsed.TotalSeconds,6:F1} s");
        }
    }
}
