using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Loading;

/// <summary>Pass 3 of the CSV import: the edges file, one range per thread, straight into the final arrays.</summary>
internal static partial class CsvGraphImporter
{
    private sealed record EdgeData(int[] Sources, int[] Targets, int[] Types);

    private static EdgeData ReadEdges(
        SafeFileHandle file, long length, long dataStart, string path, int[] columns, BlockScan scan, Utf8KeyTable nodes,
        Vocabulary<RelationType> types, CsvImportOptions options, List<DataProblem> problems, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // One range per thread, cut at block boundaries, so the scan's counts give each range's first row and line.
        var workers = Math.Max(1, Math.Min(Math.Max(1, options.MaxDegreeOfParallelism), scan.Blocks));
        var blocksPerWorker = scan.Blocks == 0 ? 0 : (scan.Blocks + workers - 1) / workers;
        var ranges = new List<EdgeRange>();
        long rows = 0, lines = 1;
        for (var w = 0; w < workers; w++)
        {
            var first = Math.Min(w * blocksPerWorker, scan.Blocks);
            var last = Math.Min(first + blocksPerWorker, scan.Blocks);
            var rangeLines = scan.LinesFrom(first, last) - (w == 0 && last > first ? 1 : 0);
            if (rangeLines <= 0 && w > 0)
            {
                continue;
            }

            var start = w == 0 ? dataStart : (long)first * BlockSize;
            ranges.Add(new EdgeRange(start, Math.Min((long)last * BlockSize, length), w == 0, rows, lines));
            rows += Math.Max(0, rangeLines);
            lines += Math.Max(0, rangeLines);
        }

        if (rows > Array.MaxLength)
        {
            throw new GraphDataException([new DataProblem(path, null, null, null, $"The file has {rows} rows; a graph holds at most {Array.MaxLength} relations.")]);
        }

        var sources = new int[rows];
        var targets = new int[rows];
        var typeCodes = new int[rows];
        var sinks = new EdgeSink[ranges.Count];
        var done = new StrongBox<long>();
        long parsed = 0;
        var work = Task.Run(() => Parallel.For(
            0,
            ranges.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = workers },
            r =>
            {
                var range = ranges[r];
                var sink = new EdgeSink
                {
                    Splitter = new RowSplitter(path, (int)range.FirstLine, [], options.MaxProblems),
                    SourceColumn = columns[0],
                    TypeColumn = columns[1],
                    TargetColumn = columns[2],
                    Nodes = nodes,
                    Types = new LocalTypes(types),
                    Sources = sources,
                    Targets = targets,
                    TypeCodes = typeCodes,
                    Next = (int)range.FirstRow,
                    Done = done,
                };
                CsvLines.Read(file, length, range.Start, range.End, range.StartIsLineStart, ref sink, cancellationToken);
                Interlocked.Add(ref parsed, sink.Next - range.FirstRow);
                sinks[r] = sink;
            }),
            cancellationToken);
        var total = length - dataStart;
        Wait(work, () => progress?.Report(new ImportProgress(ImportPhase.Edges, Interlocked.Read(ref done.Value), total, Interlocked.Read(ref parsed))));

        foreach (var sink in sinks)
        {
            problems.AddRange(sink.Splitter.Problems);
        }

        if (problems.Count > 0)
        {
            return new EdgeData([], [], []);
        }

        // Registered types get ordinals in file order: range by range, each range's values in first-seen order.
        var remaps = sinks.Select(s => s.Types.Register()).ToArray();
        long written = 0;
        for (var r = 0; r < ranges.Count; r++)
        {
            var first = (int)ranges[r].FirstRow;
            var count = sinks[r].Next - first;
            var remap = remaps[r];
            var codes = typeCodes.AsSpan(first, count);
            for (var i = 0; i < codes.Length; i++)
            {
                if (codes[i] < 0)
                {
                    codes[i] = remap[~codes[i]];
                }
            }

            // Empty lines left holes at the end of a range: close them up.
            if (written != first)
            {
                Array.Copy(sources, first, sources, written, count);
                Array.Copy(targets, first, targets, written, count);
                Array.Copy(typeCodes, first, typeCodes, written, count);
            }

            written += count;
        }

        progress?.Report(new ImportProgress(ImportPhase.Edges, total, total, written));
        if (written != rows)
        {
            Array.Resize(ref sources, (int)written);
            Array.Resize(ref targets, (int)written);
            Array.Resize(ref typeCodes, (int)written);
        }

        return new EdgeData(sources, targets, typeCodes);
    }

    private readonly record struct EdgeRange(long Start, long End, bool StartIsLineStart, long FirstRow, long FirstLine);

    private struct EdgeSink : ICsvLineSink
    {
        public RowSplitter Splitter;
        public int SourceColumn;
        public int TypeColumn;
        public int TargetColumn;
        public Utf8KeyTable Nodes;
        public LocalTypes Types;
        public int[] Sources;
        public int[] Targets;
        public int[] TypeCodes;
        public int Next;
        public StrongBox<long> Done;

        public bool Line(ReadOnlySpan<byte> line)
        {
            Span<Range> fields = stackalloc Range[Math.Max(SourceColumn, Math.Max(TypeColumn, TargetColumn)) + 1];
            if (!Splitter.Split(line, fields, "source, type and target", out var text, out var more))
            {
                return more;
            }

            var source = Nodes.Find(text[fields[SourceColumn]]);
            if (source < 0)
            {
                return Problem(fields[SourceColumn].Start.Value + 1, UnknownEntity("source", text[fields[SourceColumn]]));
            }

            var target = Nodes.Find(text[fields[TargetColumn]]);
            if (target < 0)
            {
                return Problem(fields[TargetColumn].Start.Value + 1, UnknownEntity("target", text[fields[TargetColumn]]));
            }

            var type = text[fields[TypeColumn]];
            var code = type.IsEmpty ? int.MinValue : Types.Code(type);
            if (code == int.MinValue)
            {
                return Problem(fields[TypeColumn].Start.Value + 1, type.IsEmpty ? "The type is empty." : Types.UnknownMessage(type));
            }

            Sources[Next] = source;
            Targets[Next] = target;
            TypeCodes[Next] = code;
            Next++;
            return true;
        }

        public readonly void Consumed(long bytes) => Interlocked.Add(ref Done.Value, bytes);

        private static string UnknownEntity(string end, ReadOnlySpan<byte> id) =>
            id.IsEmpty ? $"The {end} is empty." : $"The {end} '{Encoding.UTF8.GetString(id)}' is not an id of the nodes file.";

        private readonly bool Problem(int? column, string message) => Splitter.Problem(column, message);
    }
}
