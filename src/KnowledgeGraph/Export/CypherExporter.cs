using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a Cypher script for <c>cypher-shell -f</c>: a uniqueness constraint on <c>:Entity(id)</c>, one
/// <c>MERGE</c> per entity (label <c>Entity</c> plus its kind) and one <c>MERGE</c> per relation (type in
/// UPPER_SNAKE_CASE, keyed by its id), each followed by <c>SET ... +=</c> with the same properties as the CSV
/// export. Running it twice leaves the same graph.
/// </summary>
internal static class CypherExporter
{
    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine($"// KnowledgeGraph export: {options.Title.ReplaceLineEndings(" ")}");
        w.WriteLine("// Run with: cypher-shell -u neo4j -p <password> -f <this file>");
        w.WriteLine("CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;");
        foreach (var entity in selection.Entities)
        {
            w.WriteLine($"MERGE (n:Entity {{id: {Literal(entity.Id)}}}) SET n:{Name(entity.Kind)}, n += {Map(FlatAttributes.Of(entity))};");
        }

        foreach (var relation in selection.Relations)
        {
            var properties = Map(FlatAttributes.Of(relation, selection.TypeOf(relation), selection.SupportOf(relation)));
            w.WriteLine(
                $"MATCH (s:Entity {{id: {Literal(relation.Source)}}}), (t:Entity {{id: {Literal(relation.Target)}}}) " +
                $"MERGE (s)-[r:{Name(Neo4jCsvExporter.RelationshipType(relation.Type))} {{id: {Literal(relation.Id)}}}]->(t) SET r += {properties};");
        }
    }

    /// <summary>Quotes a Cypher string literal: single quotes, with backslash escapes for quotes, backslashes and controls.</summary>
    internal static string Literal(string text) => BackslashEscaping.Quote(text, '\'');

    /// <summary>Quotes a label, relationship type or property name with backticks (doubling any backtick inside).</summary>
    private static string Name(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Map(IEnumerable<FlatValue> values) =>
        "{" + string.Join(", ", values.Select(v => $"{Name(v.Column.Name)}: {Value(v)}")) + "}";

    private static string Value(FlatValue value) => value.Column.Type switch
    {
        FlatType.Boolean or FlatType.Integer => value.Text,
        FlatType.Date => $"date({Literal(value.Text)})",
        FlatType.StringList => "[" + string.Join(", ", value.Items.Select(Literal)) + "]",
        _ => Literal(value.Text),
    };
}
