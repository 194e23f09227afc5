using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a zip for <c>neo4j-admin database import full</c>: <c>nodes.csv</c> (<c>id:ID</c>, <c>:LABEL</c> =
/// <c>Entity</c> plus the entity's kind, and the node columns), <c>relationships.csv</c> (<c>:START_ID</c>,
/// <c>:END_ID</c>, <c>:TYPE</c> = the relation type in UPPER_SNAKE_CASE, <c>id</c> and the edge columns) and
/// <c>README.txt</c> with the exact import command.
/// </summary>
/// <remarks>
/// Fields follow RFC 4180: strings are always quoted with inner quotes doubled; line breaks stay inside quoted
/// fields, hence <c>--multiline-fields=true</c>. Lists are <c>string[]</c> columns joined by the array delimiter,
/// which is <c>;</c> (Neo4j's default) unless a list item holds one, then <c>|</c>, then U+001F; README.txt names it.
/// Zip entries carry a fixed time stamp so that the same data always gives the same bytes.
/// </remarks>
internal static class Neo4jCsvExporter
{
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        var delimiter = ArrayDelimiter(selection);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, "nodes.csv", w => WriteNodes(w, selection, delimiter));
        WriteEntry(zip, "relationships.csv", w => WriteRelationships(w, selection, delimiter));
        WriteEntry(zip, "README.txt", w => WriteReadme(w, options, delimiter));
    }

    /// <summary>Gets a relationship type in Neo4j's convention: <c>held-phone-call-with</c> becomes <c>HELD_PHONE_CALL_WITH</c>.</summary>
    public static string RelationshipType(string relationType) => relationType.Replace('-', '_').ToUpperInvariant();

    private static char ArrayDelimiter(ExportSelection selection)
    {
        var items = selection.Entities.SelectMany(e => e.Aliases.Concat(e.Demonyms).Concat(e.Metonyms)).ToList();
        return new[] { ';', '|', '\u001F' }.First(d => d == '\u001F' || !items.Any(i => i.Contains(d, StringComparison.Ordinal)));
    }

    private static void WriteEntry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var w = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        write(w);
    }

    private static void WriteNodes(TextWriter w, ExportSelection selection, char delimiter)
    {
        var columns = FlatAttributes.NodeColumns;
        w.WriteLine(string.Join(',', columns.Select(Header).Prepend(":LABEL").Prepend("id:ID")));
        foreach (var entity in selection.Entities)
        {
            var values = FlatAttributes.Of(entity).ToDictionary(v => v.Column);
            var fields = columns.Select(c => values.TryGetValue(c, out var v) ? Field(v, delimiter) : string.Empty)
                .Prepend(Quote("Entity" + delimiter + entity.Kind))
                .Prepend(Quote(entity.Id));
            w.WriteLine(string.Join(',', fields));
        }
    }

    private static void WriteRelationships(TextWriter w, ExportSelection selection, char delimiter)
    {
        var columns = FlatAttributes.EdgeColumns;
        w.WriteLine(string.Join(',', new[] { ":START_ID", ":END_ID", ":TYPE", "id" }.Concat(columns.Select(Header))));
        foreach (var relation in selection.Relations)
        {
            var values = FlatAttributes.Of(relation, selection.TypeOf(relation), selection.SupportOf(relation)).ToDictionary(v => v.Column);
            var fields = new[] { Quote(relation.Source), Quote(relation.Target), Quote(RelationshipType(relation.Type)), Quote(relation.Id) }
                .Concat(columns.Select(c => values.TryGetValue(c, out var v) ? Field(v, delimiter) : string.Empty));
            w.WriteLine(string.Join(',', fields));
        }
    }

    private static void WriteReadme(TextWriter w, ExportOptions options, char delimiter)
    {
        var flag = delimiter == '\u001F' ? @"\31" : delimiter.ToString();
        w.WriteLine($"Neo4j admin-import files exported by KnowledgeGraph: {options.Title.ReplaceLineEndings(" ")}");
        w.WriteLine();
        w.WriteLine("Import into an empty database (Neo4j 5; stop the database first):");
        w.WriteLine();
        w.WriteLine($"  neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true --array-delimiter='{flag}' neo4j");
        w.WriteLine();
        w.WriteLine("Neo4j 4.x:");
        w.WriteLine();
        w.WriteLine($"  neo4j-admin import --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true --array-delimiter='{flag}'");
        w.WriteLine();
        w.WriteLine("Nodes carry the label Entity and their kind; relationship types are the relation types in UPPER_SNAKE_CASE,");
        w.WriteLine("with the original name in the relationType property. Structured values (identifiers, mentions, qualifiers,");
        w.WriteLine("evidenceData) are JSON strings; timeEarliest and timeLatest are dates for range queries.");
    }

    private static string Header(FlatColumn column) => column.Type switch
    {
        FlatType.Boolean => column.Name + ":boolean",
        FlatType.Integer => column.Name + ":int",
        FlatType.Date => column.Name + ":date",
        FlatType.StringList => column.Name + ":string[]",
        _ => column.Name,
    };

    private static string Field(FlatValue value, char delimiter) => value.Column.Type switch
    {
        FlatType.Boolean or FlatType.Date or FlatType.Integer => value.Text,
        FlatType.StringList => Quote(string.Join(delimiter, value.Items)),
        _ => Quote(value.Text),
    };

    private static string Quote(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
}
