using System.Text;
using System.Text.Unicode;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Loading;

/// <summary>Pass 2 of the CSV import: the nodes file, on one thread, into pooled UTF-8 ids and names and the id index.</summary>
internal static partial class CsvGraphImporter
{
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
}
