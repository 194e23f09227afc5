using System.Collections.Immutable;
using System.Text;
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
/// registered afterwards in file order, so the result does not depend on the number of threads. Each pass has its
/// own file: <c>CsvGraphImporter.Scan.cs</c>, <c>.Nodes.cs</c>, <c>.Edges.cs</c>; the vocabulary of kinds and types
/// is in <c>.Vocabulary.cs</c>.
/// </remarks>
internal static partial class CsvGraphImporter
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

}
