using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a Graphviz DOT <c>digraph</c> (not <c>strict</c>, so parallel relations stay separate edges). Each entity
/// kind gets a shape and a fill colour (by its place in the vocabulary, so colours are stable across exports),
/// polarity colours edges (cooperative green, conflictual red, neutral grey) and certainty styles them
/// (stated solid, reported dashed, hedged and hypothetical dotted, denied dotted with a tee arrowhead).
/// </summary>
internal static class DotExporter
{
    private static readonly string[] Shapes =
        ["box", "ellipse", "hexagon", "octagon", "diamond", "house", "parallelogram", "cylinder", "note", "tab", "component", "trapezium"];

    private static readonly string[] Fills =
        ["#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada", "#fccde5", "#d9d9d9", "#ccebc5", "#ffed6f"];

    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        var kindIndex = selection.Graph.EntityKinds.Select((k, i) => (k.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("digraph \"knowledge-graph\" {");
        w.WriteLine($"  graph [charset=\"UTF-8\", rankdir=LR, labelloc=t, fontsize=20, label={Quote(options.Title)}];");
        w.WriteLine("  node [style=filled, fontsize=12];");
        w.WriteLine("  edge [fontsize=9];");
        foreach (var kind in selection.UsedKinds)
        {
            var (shape, fill) = Style(kindIndex[kind.Name]);
            w.WriteLine($"  // kind {kind.Name}: shape {shape}, fill {fill}");
        }

        w.WriteLine("  // polarity: cooperative green, conflictual red, neutral grey; certainty: stated solid, reported dashed, hedged/hypothetical dotted, denied dotted with a tee");
        foreach (var entity in selection.Entities)
        {
            var (shape, fill) = Style(kindIndex[entity.Kind]);
            var tooltip = string.Join("\n", new[] { entity.Kind, entity.Role, entity.Description }.OfType<string>());
            w.WriteLine($"  {Quote(entity.Id)} [label={Quote(entity.Name)}, shape={shape}, fillcolor=\"{fill}\", tooltip={Quote(tooltip)}];");
        }

        foreach (var relation in selection.Relations)
        {
            var type = selection.TypeOf(relation);
            var label = new StringBuilder(type.Label);
            if (!relation.Time.IsUnknown)
            {
                label.Append('\n').Append(relation.Time.ToDisplayString());
            }

            if (!relation.Certainty.IsFactual())
            {
                label.Append("\n(").Append(FlatAttributes.Lower(relation.Certainty)).Append(')');
            }

            var style = relation.Certainty switch
            {
                Certainty.Stated => "solid",
                Certainty.Reported => "dashed",
                _ => "dotted",
            };
            var color = type.Polarity switch
            {
                Polarity.Cooperative => "#1b7837",
                Polarity.Conflictual => "#b2182b",
                _ => "#636363",
            };
            var arrow = relation.Certainty == Certainty.Denied ? ", arrowhead=tee" : string.Empty;
            var support = selection.SupportOf(relation);
            if (support.Contested)
            {
                label.Append("\n[contested]");
            }

            var tooltip = FlatAttributes.EvidenceSummary(relation.Evidence);
            var sources = $"sources={Quote(string.Join(" ", support.Documents))}, outletCount={support.OutletCount.ToString(CultureInfo.InvariantCulture)}, contested={(support.Contested ? "true" : "false")}";
            w.WriteLine($"  {Quote(relation.Source)} -> {Quote(relation.Target)} [id={Quote("relation-" + relation.Id)}, label={Quote(label.ToString())}, color=\"{color}\", fontcolor=\"{color}\", style={style}{arrow}, tooltip={Quote(tooltip)}, {sources}];");
        }

        w.WriteLine("}");
    }

    /// <summary>
    /// Quotes a DOT string. Backslashes are doubled so that Graphviz's label escapes (\N, \l, ...) never fire,
    /// ampersands become <c>&amp;amp;</c> because Graphviz decodes HTML entities in labels, and line breaks become
    /// the label line break <c>\n</c>.
    /// </summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '"': sb.Append("\\\""); break;
                case '&': sb.Append("&amp;"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(i + 1 < text.Length && text[i + 1] == '\n' ? string.Empty : @"\n"); break;
                case '\t': sb.Append(' '); break;
                default: sb.Append(char.IsControl(c) ? '\uFFFD' : c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static (string Shape, string Fill) Style(int kindIndex) =>
        (Shapes[kindIndex % Shapes.Length], Fills[(kindIndex / Shapes.Length * 5 + kindIndex) % Fills.Length]);
}
