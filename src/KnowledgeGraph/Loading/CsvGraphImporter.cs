using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Imports a nodes file and an edges file into a <see cref="CompactStore"/>: no object per row, strings pooled as
/// UTF-8, node ids hashed straight from the file's bytes, and the edges file parsed by several threads at once.
/// </summary>
/// <remarks>
/// Three passes: (1) both files are read in 4 MiB blocks, in parallel, to count line ends and hash each block, which
/// sizes every array exactly and gives the version; (2) the nodes file is parsed on one thread (ids go into the hash
/// index in row order); (3) the edges file is cut at block boundaries into one range per thread, each writing its
/// rows straight into the final arrays at the offset the counts give. Type values are interned per thread and
/// registered afterwards in file order, so the result does not depend on the number of threads.
/// </remarks>
internal static class CsvGraphImporter
{
    private const int BlockSize = 4 << 20;
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(100);

    public static Graph Import(string nodesPath, string edgesPath, CsvImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxProblems, 1);
        var problems = new List<DataProblem>();
        using var nodesFile = Open(nodesPath, problems);
        using var edgesFile = Open(edgesPath, problems);
        if (nodesFile is null || edgesFile is null)
        {
            throw new GraphDataException(problems);
        }

        var nodesLength = RandomAccess.GetLength(nodesFile);
        var edgesLength = RandomAccess.GetLength(edgesFile);
        var nodeColumns = Columns(nodesFile, nodesLength, nodesPath, NodeRoles, problems, out var nodesStart);
        var edgeColumns = Columns(edgesFile, edgesLength, edgesPath, EdgeRoles, problems, out var edgesStart);
        if (problems.Count > 0)
        {
            throw new GraphDataException(problems);
        }

        var (nodeScan, edgeScan) = Scan(nodesFile, nodesLength, edgesFile, edgesLength, options, progress, cancellationToken);
        var kinds = new Vocabulary<EntityKind>(options.EntityKinds.Select(k => (k.Name, k)), options.KindMap, options.RegisterUnknown);
        var types = new Vocabulary<RelationType>(options.RelationTypes.Select(t => (t.Name, t)), options.RelationTypeMap, options.RegisterUnknown);

        var nodeCount = nodeScan.LinesFrom(0, nodeScan.Blocks) - 1;
        var nodes = ReadNodes(nodesFile, nodesLength, nodesStart, nodesPath, nodeColumns, nodeCount, kinds, options, problems, progress, cancellationToken);
        if (problems.Count > 0)
        {
            throw new GraphDataException(problems);
        }

        var edges = ReadEdges(edgesFile, edgesLength, edgesStart, edgesPath, edgeColumns, edgeScan, nodes.Table, types, options, problems, progress, cancellationToken);
        if (problems.Count > 0)
        {
            throw new GraphDataException(problems.OrderBy(p => p.Line).Take(options.MaxProblems));
        }

        if (types.Count > GraphIndex.MaxTypeCount)
        {
            throw new GraphDataException([new DataProblem(edgesPath, null, null, null, $"The file has {types.Count} relation types; a graph holds at most {GraphIndex.MaxTypeCount}.")]);
        }

        progress?.Report(new ImportProgress(ImportPhase.Indexing, 0, 1, 0));
        var index = new GraphIndex(nodes.Kinds, kinds.Count, edges.Sources, edges.Targets, edges.Types, types.Count);
        progress?.Report(new ImportProgress(ImportPhase.Indexing, 1, 1, 0));
        var kindRecords = kinds.Records(name => new EntityKind(name, $"Registered by the CSV import of {Path.GetFileName(nodesPath)}."));
        var typeRecords = types.Records(name => RegisteredType(name, Path.GetFileName(edgesPath)));
        var store = new CompactStore(index, nodes.Ids, nodes.Names, nodes.Table, [.. kindRecords.Select(k => k.Name)], [.. typeRecords.Select(t => t.Name)]);
        return new Graph(store, kindRecords, typeRecords, [], Version(nodeScan, edgeScan), Notices(kinds, types, nodesPath, edgesPath));
    }

    private static readonly string[][] NodeRoles = [["id", ":id"], ["kind", ":label"], ["name"]];

    private static readonly string[][] EdgeRoles = [["source", ":start_id"], ["type", ":type"], ["target", ":end_id"]];

    private static SafeFileHandle? Open(string path, List<DataProblem> problems)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DataProblem(path, null, null, null, $"The file cannot be read: {e.Message}"));
            return null;
        }
    }

    // Finds each role's column in the header by name (case-insensitive; Neo4j's "name:ID" style counts by its suffix).
    private static int[] Columns(SafeFileHandle file, long length, string path, string[][] roles, List<DataProblem> problems, out long dataStart)
    {
        var expected = string.Join(',', roles.Select(r => r[0]));
        var header = CsvLines.ReadHeader(file, length, out dataStart);
        if (header is null)
        {
            problems.Add(new DataProblem(path, 1, null, null, length == 0 ? $"The file is empty; expected the header line {expected}." : "The header line is longer than 1 MiB."));
            return [];
        }

        byte[]? scratch = null;
        Span<Range> ranges = stackalloc Range[64];
        var count = CsvFields.Split(header, ranges, ref scratch, out var text, out var error);
        if (count < 0)
        {
            problems.Add(new DataProblem(path, 1, null, null, $"The header line is malformed: {error}."));
            return [];
        }

        var names = new List<string>();
        for (var i = 0; i < Math.Min(count, ranges.Length); i++)
        {
            names.Add(Encoding.UTF8.GetString(text[ranges[i]]).Trim());
        }

        var columns = new int[roles.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            columns[r] = names.FindIndex(n => roles[r].Any(alias => n.Equals(alias, StringComparison.OrdinalIgnoreCase)
                || (alias.StartsWith(':') && n.EndsWith(alias, StringComparison.OrdinalIgnoreCase))));
            if (columns[r] < 0)
            {
                problems.Add(new DataProblem(path, 1, null, null,
                    $"The header '{Encoding.UTF8.GetString(header)}' has no '{roles[r][0]}' column; expected {expected} (or Neo4j's {string.Join(',', roles.Select(x => x.Length > 1 ? x[1].ToUpperInvariant() : x[0]))})."));
            }
        }

        return columns;
    }

    // ----------------------------------------------------------------------------------------------- pass 1: scan

    /// <summary>Per 4 MiB block of a file: its line ends, whether its last byte is one, and its SHA-256.</summary>
    private sealed class BlockScan(long length)
    {
        public long Length { get; } = length;

        public int Blocks { get; } = (int)((length + BlockSize - 1) / BlockSize);

        public int[] LineEnds { get; } = new int[(length + BlockSize - 1) / BlockSize];

        public bool[] EndsWithLineEnd { get; } = new bool[(length + BlockSize - 1) / BlockSize];

        public byte[][] Digests { get; } = new byte[(length + BlockSize - 1) / BlockSize][];

        /// <summary>Counts the lines that start in blocks [first, last): a line starts at offset 0 or after a line end.</summary>
        public long LinesFrom(int first, int last)
        {
            if (first >= last)
            {
                return 0;
            }

            long lines = first == 0 ? 1 : EndsWithLineEnd[first - 1] ? 1 : 0;
            for (var b = first; b < last; b++)
            {
                lines += LineEnds[b];
            }

            // A line end closing the range starts no line inside it.
            return lines - (EndsWithLineEnd[last - 1] ? 1 : 0);
        }
    }

    private static (BlockScan Nodes, BlockScan Edges) Scan(
        SafeFileHandle nodesFile, long nodesLength, SafeFileHandle edgesFile, long edgesLength,
        CsvImportOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var nodes = new BlockScan(nodesLength);
        var edges = new BlockScan(edgesLength);
        var total = nodesLength + edgesLength;
        long done = 0;
        var work = Task.Run(() => Parallel.For(
            0,
            nodes.Blocks + edges.Blocks,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            () => new byte[BlockSize],
            (i, _, buffer) =>
            {
                var (scan, file, block) = i < nodes.Blocks ? (nodes, nodesFile, i) : (edges, edgesFile, i - nodes.Blocks);
                var offset = (long)block * BlockSize;
                var size = (int)Math.Min(BlockSize, scan.Length - offset);
                var read = 0;
                while (read < size)
                {
                    var n = RandomAccess.Read(file, buffer.AsSpan(read, size - read), offset + read);
                    if (n == 0)
                    {
                        throw new IOException("The file became shorter while it was read.");
                    }

                    read += n;
                }

                var data = buffer.AsSpan(0, size);
                scan.LineEnds[block] = data.Count((byte)'\n');
                scan.EndsWithLineEnd[block] = data[^1] == (byte)'\n';
                scan.Digests[block] = SHA256.HashData(data);
                Interlocked.Add(ref done, size);
                return buffer;
            },
            _ => { }),
            cancellationToken);
        Wait(work, () => progress?.Report(new ImportProgress(ImportPhase.Scanning, Interlocked.Read(ref done), total, 0)));
        progress?.Report(new ImportProgress(ImportPhase.Scanning, total, total, 0));
        return (nodes, edges);
    }

    // Waits for the work, reporting progress meanwhile; unwraps a single exception (cancellation, I/O).
    private static void Wait(Task work, Action report)
    {
        try
        {
            while (!work.Wait(ReportInterval))
            {
                report();
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static string Version(BlockScan nodes, BlockScan edges)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("kgbench-csv nodes\n"u8);
        foreach (var digest in nodes.Digests)
        {
            hash.AppendData(digest);
        }

        hash.AppendData("edges\n"u8);
        foreach (var digest in edges.Digests)
        {
            hash.AppendData(digest);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    // ----------------------------------------------------------------------------------------------- pass 2: nodes

    private sealed record NodeData(Utf8StringPool Ids, Utf8StringPool Names, Utf8KeyTable Table, int[] Kinds);

    private static NodeData ReadNodes(
        SafeFileHandle file, long length, long dataStart, string path, int[] columns, long expectedRows, Vocabulary<EntityKind> kinds,
        CsvImportOptions options, List<DataProblem> problems, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var capacity = (int)Math.Min(expectedRows, Array.MaxLength);
        var ids = new Utf8StringPool(capacity);
        var sink = new NodeSink
        {
            Splitter = new RowSplitter(path, 1, problems, options.MaxProblems),
            IdColumn = columns[0],
            KindColumn = columns[1],
            NameColumn = columns[2],
            Ids = ids,
            Names = new Utf8StringPool(capacity),
            Table = new Utf8KeyTable(ids, capacity),
            Kinds = new int[capacity],
            Lines = new int[capacity],
            Vocabulary = kinds,
            Report = progress is null ? null : (done, rows) => progress.Report(new ImportProgress(ImportPhase.Nodes, done, length - dataStart, rows)),
        };
        CsvLines.Read(file, length, dataStart, length, startIsLineStart: true, ref sink, cancellationToken);
        progress?.Report(new ImportProgress(ImportPhase.Nodes, length - dataStart, length - dataStart, sink.Rows));
        sink.Ids.TrimExcess();
        sink.Names.TrimExcess();
        return new NodeData(sink.Ids, sink.Names, sink.Table, sink.Kinds.AsSpan(0, sink.Rows).ToArray());
    }

    private struct NodeSink : ICsvLineSink
    {
        public RowSplitter Splitter;
        public int IdColumn;
        public int KindColumn;
        public int NameColumn;
        public Utf8StringPool Ids;
        public Utf8StringPool Names;
        public Utf8KeyTable Table;
        public int[] Kinds;
        public int[] Lines;
        public Vocabulary<EntityKind> Vocabulary;
        public Action<long, int>? Report;
        public int Rows;
        private long consumed;
        private long reportedAt;

        public bool Line(ReadOnlySpan<byte> line)
        {
            Span<Range> fields = stackalloc Range[Math.Max(IdColumn, Math.Max(KindColumn, NameColumn)) + 1];
            if (!Splitter.Split(line, fields, "id, kind and name", out var text, out var more))
            {
                return more;
            }

            var id = text[fields[IdColumn]];
            var kind = text[fields[KindColumn]];
            var name = text[fields[NameColumn]];
            if (!Utf8.IsValid(id) || !Utf8.IsValid(kind) || !Utf8.IsValid(name))
            {
                return Problem(null, "The row is not valid UTF-8.");
            }

            if (id.IsEmpty || kind.IsEmpty || name.IsEmpty)
            {
                var empty = id.IsEmpty ? IdColumn : kind.IsEmpty ? KindColumn : NameColumn;
                return Problem(fields[empty].Start.Value + 1, $"The {(id.IsEmpty ? "id" : kind.IsEmpty ? "kind" : "name")} is empty.");
            }

            var kindOrdinal = Vocabulary.Resolve(kind, register: true);
            if (kindOrdinal < 0)
            {
                return Problem(fields[KindColumn].Start.Value + 1, Vocabulary.UnknownMessage(kind, "kind"));
            }

            if (Rows == Kinds.Length)
            {
                Array.Resize(ref Kinds, Math.Max(16, Rows * 2));
                Array.Resize(ref Lines, Kinds.Length);
            }

            var ordinal = Ids.Add(id);
            var existing = Table.Add(ordinal);
            if (existing >= 0)
            {
                return Problem(fields[IdColumn].Start.Value + 1, $"The id '{Encoding.UTF8.GetString(id)}' is already used on line {Lines[existing]}.");
            }

            Names.Add(name);
            Kinds[Rows] = kindOrdinal;
            Lines[Rows] = Splitter.LineNumber;
            Rows++;
            return true;
        }

        public void Consumed(long bytes)
        {
            consumed += bytes;
            if (Report is not null && consumed - reportedAt >= BlockSize)
            {
                reportedAt = consumed;
                Report(consumed, Rows);
            }
        }

        private readonly bool Problem(int? column, string message) => Splitter.Problem(column, message);
    }

    // ----------------------------------------------------------------------------------------------- pass 3: edges

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

    /// <summary>What both line sinks share: the line count, the row split and the problem list with its cap.</summary>
    private struct RowSplitter(string path, int lineNumber, List<DataProblem> problems, int maxProblems)
    {
        private byte[]? scratch;

        /// <summary>Gets the number of the line handled last (1-based, the header counted).</summary>
        public int LineNumber { get; private set; } = lineNumber;

        public readonly List<DataProblem> Problems => problems;

        /// <summary>Counts a line and splits it; false for an empty line or a row with too few fields (a problem).</summary>
        /// <param name="more">Whether reading goes on (false once the problem cap is reached).</param>
        public bool Split(ReadOnlySpan<byte> line, Span<Range> fields, string columns, out ReadOnlySpan<byte> text, out bool more)
        {
            LineNumber++;
            more = true;
            text = default;
            if (line.IsEmpty)
            {
                return false;
            }

            var count = CsvFields.Split(line, fields, ref scratch, out text, out var error);
            if (count >= fields.Length)
            {
                return true;
            }

            more = Problem(null, error ?? $"The row has {count} field(s); the header asks for at least {fields.Length} ({columns}).");
            return false;
        }

        /// <summary>Records a problem of the current line.</summary>
        /// <returns>Whether reading goes on.</returns>
        public readonly bool Problem(int? column, string message)
        {
            problems.Add(new DataProblem(path, LineNumber, column, null, message));
            return problems.Count < maxProblems;
        }
    }

    // ----------------------------------------------------------------------------------------------- vocabulary

    private static RelationType RegisteredType(string name, string file)
    {
        var label = name.Replace('_', ' ').Replace('-', ' ');
        return new RelationType
        {
            Name = name,
            Label = label,
            InverseLabel = $"is the target of \"{label}\" from",
            Description = $"Registered by the CSV import of {file}.",
            SourceKinds = [],
            TargetKinds = [],
            Polarity = Polarity.Neutral,
        };
    }

    private static ImmutableArray<string> Notices(Vocabulary<EntityKind> kinds, Vocabulary<RelationType> types, string nodesPath, string edgesPath)
    {
        var notices = ImmutableArray.CreateBuilder<string>();
        if (kinds.RegisteredNames.Count > 0)
        {
            notices.Add($"{Path.GetFileName(nodesPath)}: registered {kinds.RegisteredNames.Count} entity kind(s) not in the vocabulary: {string.Join(", ", kinds.RegisteredNames)}.");
        }

        if (types.RegisteredNames.Count > 0)
        {
            notices.Add($"{Path.GetFileName(edgesPath)}: registered {types.RegisteredNames.Count} relation type(s) not in the vocabulary: {string.Join(", ", types.RegisteredNames)}.");
        }

        return notices.ToImmutable();
    }

    /// <summary>
    /// Kind or type names: the known vocabulary first, then names registered on the fly. Lookups of known names are
    /// safe from several threads; registration happens on one thread.
    /// </summary>
    private sealed class Vocabulary<T>(IEnumerable<(string Name, T Record)> known, IReadOnlyDictionary<string, string> map, bool registerUnknown)
        where T : class
    {
        private readonly List<(string Name, T? Record)> entries = [.. known.Select(k => (k.Name, (T?)k.Record))];
        private readonly Dictionary<string, int> ordinals = known.Select((k, i) => (k.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        private readonly Dictionary<string, int> rawCache = new(StringComparer.Ordinal);

        public int Count => entries.Count;

        public bool RegisterUnknown => registerUnknown;

        public List<string> RegisteredNames { get; } = [];

        /// <summary>Maps a raw value and finds its ordinal, registering it when allowed; -1 when unknown.</summary>
        public int Resolve(ReadOnlySpan<byte> raw, bool register)
        {
            var text = Encoding.UTF8.GetString(raw);
            if (rawCache.TryGetValue(text, out var cached))
            {
                return cached;
            }

            var ordinal = Known(text);
            if (ordinal < 0 && register && registerUnknown)
            {
                ordinal = Register(Mapped(text));
            }

            rawCache[text] = ordinal;
            return ordinal;
        }

        /// <summary>Finds the ordinal of a raw value among the known names (after mapping); -1 when unknown.</summary>
        public int Known(string raw) => ordinals.TryGetValue(Mapped(raw), out var ordinal) ? ordinal : -1;

        public string Mapped(string raw) => map.TryGetValue(raw, out var mapped) ? mapped : raw;

        public int Register(string name)
        {
            if (ordinals.TryGetValue(name, out var existing))
            {
                return existing;
            }

            entries.Add((name, null));
            ordinals[name] = entries.Count - 1;
            RegisteredNames.Add(name);
            return entries.Count - 1;
        }

        public string UnknownMessage(ReadOnlySpan<byte> raw, string what)
        {
            var text = Encoding.UTF8.GetString(raw);
            var mapped = Mapped(text);
            var via = mapped == text ? string.Empty : $" (mapped from '{text}')";
            var expected = entries.Count == 0 ? "no vocabulary was given" : $"expected one of: {string.Join(", ", entries.Select(e => e.Name))}";
            return $"The {what} '{mapped}'{via} is not in the vocabulary; {expected}.";
        }

        public ImmutableArray<T> Records(Func<string, T> create) => [.. entries.Select(e => e.Record ?? create(e.Name))];
    }

    /// <summary>
    /// A thread's type values: known names resolve to their ordinal (a code ≥ 0); unknown ones get a code ~n for the
    /// n-th new value of this thread, turned into ordinals by <see cref="Register"/> once every thread is done.
    /// </summary>
    private sealed class LocalTypes(Vocabulary<RelationType> vocabulary)
    {
        private readonly Utf8StringPool raw = new();
        private readonly List<int> codes = [];
        private readonly List<string> pending = [];
        private Utf8KeyTable? table;

        /// <summary>Gets the code of a raw type value; <see cref="int.MinValue"/> when it is unknown and may not be registered.</summary>
        public int Code(ReadOnlySpan<byte> value)
        {
            table ??= new Utf8KeyTable(raw);
            var found = table.Find(value);
            if (found >= 0)
            {
                return codes[found];
            }

            var text = Utf8.IsValid(value) ? Encoding.UTF8.GetString(value) : null;
            var known = text is null ? -1 : vocabulary.Known(text);
            int code;
            if (known >= 0)
            {
                code = known;
            }
            else if (text is not null && vocabulary.RegisterUnknown)
            {
                pending.Add(vocabulary.Mapped(text));
                code = ~(pending.Count - 1);
            }
            else
            {
                code = int.MinValue;
            }

            table.Add(raw.Add(value));
            codes.Add(code);
            return code;
        }

        public string UnknownMessage(ReadOnlySpan<byte> value) =>
            Utf8.IsValid(value) ? vocabulary.UnknownMessage(value, "relation type") : "The type is not valid UTF-8.";

        /// <summary>Registers this thread's new values, in first-seen order; returns their ordinals by pending index.</summary>
        public int[] Register() => [.. pending.Select(vocabulary.Register)];
    }
}
