using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes GEXF for Gephi and NetworkX: declared attributes, one node per entity (its name as label), one edge per
/// relation with the relation's id and its time as a spell: a point covers the days its precision allows ("March
/// 2025" is 2025-03-01 to 2025-03-31), a period runs from the first day of its start to the last day of its end,
/// and an open side stays open. GEXF 1.2 (namespace <c>http://www.gexf.net/1.2draft</c>) is what Gephi and every
/// NetworkX release read; GEXF 1.3 adds the relation type as the edge <c>kind</c> (its way of telling parallel
/// edges apart) and <c>timerepresentation</c>, and NetworkX up to 3.x does not read it.
/// </summary>
internal static class GexfExporter
{
    /// <summary>Writes GEXF 1.2 (1.2draft), the version Gephi and stock NetworkX read.</summary>
    public static void Write(ExportSelection selection, ExportOptions options, Stream output) =>
        Write(selection, options, output, "http://www.gexf.net/1.2draft", "1.2", isVersion13: false);

    /// <summary>Writes GEXF 1.3, with the relation type as the edge <c>kind</c>.</summary>
    public static void Write13(ExportSelection selection, ExportOptions options, Stream output) =>
        Write(selection, options, output, "http://gexf.net/1.3", "1.3", isVersion13: true);

    private static void Write(ExportSelection selection, ExportOptions options, Stream output, string ns, string version, bool isVersion13)
    {
        var dynamic = selection.Relations.Any(r => !r.Time.IsUnknown);
        var edgeColumns = FlatAttributes.EdgeColumns.Remove(FlatAttributes.Label);
        using var w = XmlExport.CreateWriter(output);
        w.WriteStartDocument();
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", null, ns + " " + ns + "/gexf.xsd");
        w.WriteAttributeString("version", version);
        w.WriteStartElement("meta");
        w.WriteElementString("creator", "KnowledgeGraph");
        XmlExport.Element(w, "description", options.Title);
        w.WriteEndElement();

        w.WriteStartElement("graph");
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("mode", dynamic ? "dynamic" : "static");
        if (dynamic)
        {
            w.WriteAttributeString("timeformat", "date");
            if (isVersion13)
            {
                w.WriteAttributeString("timerepresentation", "interval");
            }
        }

        WriteAttributes(w, "node", FlatAttributes.NodeColumns);
        WriteAttributes(w, "edge", edgeColumns);

        w.WriteStartElement("nodes");
        w.WriteAttributeString("count", XmlConvert.ToString(selection.Entities.Length));
        foreach (var entity in selection.Entities)
        {
            w.WriteStartElement("node");
            w.WriteAttributeString("id", entity.Id);
            XmlExport.Attribute(w, "label", entity.Name);
            WriteValues(w, FlatAttributes.Of(entity));
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("edges");
        w.WriteAttributeString("count", XmlConvert.ToString(selection.Relations.Length));
        foreach (var relation in selection.Relations)
        {
            var type = selection.TypeOf(relation);
            w.WriteStartElement("edge");
            w.WriteAttributeString("id", relation.Id);
            w.WriteAttributeString("source", relation.Source);
            w.WriteAttributeString("target", relation.Target);
            if (isVersion13)
            {
                w.WriteAttributeString("kind", relation.Type);
            }

            XmlExport.Attribute(w, "label", type.Label);
            WriteValues(w, FlatAttributes.Of(relation, type, selection.SupportOf(relation)).Where(v => v.Column != FlatAttributes.Label));
            WriteSpell(w, relation.Time);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteAttributes(XmlWriter w, string scope, IEnumerable<FlatColumn> columns)
    {
        w.WriteStartElement("attributes");
        w.WriteAttributeString("class", scope);
        foreach (var column in columns)
        {
            w.WriteStartElement("attribute");
            w.WriteAttributeString("id", column.Name);
            w.WriteAttributeString("title", column.Name);
            w.WriteAttributeString("type", column.Type switch { FlatType.Boolean => "boolean", FlatType.Integer => "integer", _ => "string" });
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteValues(XmlWriter w, IEnumerable<FlatValue> values)
    {
        w.WriteStartElement("attvalues");
        foreach (var value in values)
        {
            w.WriteStartElement("attvalue");
            w.WriteAttributeString("for", value.Column.Name);
            XmlExport.Attribute(w, "value", value.AsText);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteSpell(XmlWriter w, RelationTime time)
    {
        if (time.IsUnknown)
        {
            return;
        }

        w.WriteStartElement("spells");
        w.WriteStartElement("spell");
        if (time.Earliest is { } start)
        {
            w.WriteAttributeString("start", FlatAttributes.IsoDate(start));
        }

        if (time.Latest is { } end)
        {
            w.WriteAttributeString("end", FlatAttributes.IsoDate(end));
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }
}
