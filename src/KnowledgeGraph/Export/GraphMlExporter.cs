using System.Xml;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes GraphML: typed <c>&lt;key&gt;</c> declarations before the graph, one node per entity and one edge per
/// relation (with the relation's id, so parallel relations stay distinct edges), carrying every
/// <see cref="FlatAttributes"/> column plus a <c>label</c> for Gephi and yEd.
/// </summary>
internal static class GraphMlExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private static readonly FlatColumn NodeLabel = new("label", FlatType.String);

    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        using var w = XmlExport.CreateWriter(output);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", null, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var column in FlatAttributes.NodeColumns.Prepend(NodeLabel))
        {
            WriteKey(w, "node", column);
        }

        foreach (var column in FlatAttributes.EdgeColumns)
        {
            WriteKey(w, "edge", column);
        }

        w.WriteStartElement("graph");
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        XmlExport.Element(w, "desc", options.Title);
        foreach (var entity in selection.Entities)
        {
            w.WriteStartElement("node");
            w.WriteAttributeString("id", entity.Id);
            WriteData(w, "node", new FlatValue(NodeLabel, entity.Name, []));
            foreach (var value in FlatAttributes.Of(entity))
            {
                WriteData(w, "node", value);
            }

            w.WriteEndElement();
        }

        foreach (var relation in selection.Relations)
        {
            w.WriteStartElement("edge");
            w.WriteAttributeString("id", relation.Id);
            w.WriteAttributeString("source", relation.Source);
            w.WriteAttributeString("target", relation.Target);
            foreach (var value in FlatAttributes.Of(relation, selection.TypeOf(relation), selection.SupportOf(relation)))
            {
                WriteData(w, "edge", value);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string KeyId(string scope, FlatColumn column) => scope[0] + "_" + column.Name;

    private static void WriteKey(XmlWriter w, string scope, FlatColumn column)
    {
        w.WriteStartElement("key");
        w.WriteAttributeString("id", KeyId(scope, column));
        w.WriteAttributeString("for", scope);
        w.WriteAttributeString("attr.name", column.Name);
        w.WriteAttributeString("attr.type", column.Type switch { FlatType.Boolean => "boolean", FlatType.Integer => "int", _ => "string" });
        w.WriteEndElement();
    }

    private static void WriteData(XmlWriter w, string scope, FlatValue value)
    {
        w.WriteStartElement("data");
        w.WriteAttributeString("key", KeyId(scope, value.Column));
        w.WriteString(XmlExport.Clean(value.AsText));
        w.WriteEndElement();
    }
}
