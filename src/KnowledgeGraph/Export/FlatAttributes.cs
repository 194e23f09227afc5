using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>How a flat format should type a column.</summary>
internal enum FlatType
{
    /// <summary>Text.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A full ISO date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A list of texts.</summary>
    StringList,

    /// <summary>A JSON document, for structured values (maps, evidence) that flat formats carry as text.</summary>
    Json,

    /// <summary>A whole number, written in invariant digits.</summary>
    Integer,
}

/// <summary>A named, typed column of the flat formats (GraphML, GEXF, Neo4j CSV, Cypher, Cytoscape.js).</summary>
internal sealed record FlatColumn(string Name, FlatType Type);

/// <summary>One value of a column: <see cref="Text"/> for every type but lists, <see cref="Items"/> for lists.</summary>
internal readonly record struct FlatValue(FlatColumn Column, string Text, ImmutableArray<string> Items)
{
    /// <summary>Gets the value as one text: lists as a JSON array, which keeps items apart whatever they hold.</summary>
    public string AsText
    {
        get
        {
            var items = Items;
            return Column.Type == FlatType.StringList ? ExportJson.ToCompactString(w => ExportJson.WriteStringList(w, items)) : Text;
        }
    }
}

/// <summary>
/// The attributes every flat format writes for an entity (node) and a relation (edge), so that GraphML, GEXF,
/// CSV, Cypher and Cytoscape.js carry the same columns under the same names. Absent values are left out.
/// </summary>
internal static class FlatAttributes
{
    public static readonly FlatColumn Name = new("name", FlatType.String);
    public static readonly FlatColumn Kind = new("kind", FlatType.String);
    public static readonly FlatColumn Aliases = new("aliases", FlatType.StringList);
    public static readonly FlatColumn Demonyms = new("demonyms", FlatType.StringList);
    public static readonly FlatColumn Metonyms = new("metonyms", FlatType.StringList);
    public static readonly FlatColumn Role = new("role", FlatType.String);
    public static readonly FlatColumn Description = new("description", FlatType.String);
    public static readonly FlatColumn Identifiers = new("identifiers", FlatType.Json);
    public static readonly FlatColumn Mentions = new("mentions", FlatType.Json);
    public static readonly FlatColumn Isolated = new("isolated", FlatType.String);

    public static readonly FlatColumn RelationType = new("relationType", FlatType.String);
    public static readonly FlatColumn Label = new("label", FlatType.String);
    public static readonly FlatColumn Certainty = new("certainty", FlatType.String);
    public static readonly FlatColumn Polarity = new("polarity", FlatType.String);
    public static readonly FlatColumn Implicit = new("implicit", FlatType.Boolean);
    public static readonly FlatColumn Time = new("time", FlatType.String);
    public static readonly FlatColumn TimePoint = new("timePoint", FlatType.String);
    public static readonly FlatColumn TimeStart = new("timeStart", FlatType.String);
    public static readonly FlatColumn TimeEnd = new("timeEnd", FlatType.String);
    public static readonly FlatColumn TimeEarliest = new("timeEarliest", FlatType.Date);
    public static readonly FlatColumn TimeLatest = new("timeLatest", FlatType.Date);
    public static readonly FlatColumn PloverType = new("ploverType", FlatType.String);
    public static readonly FlatColumn PloverMode = new("ploverMode", FlatType.String);
    public static readonly FlatColumn Cameo = new("cameo", FlatType.String);
    public static readonly FlatColumn Qualifiers = new("qualifiers", FlatType.Json);
    public static readonly FlatColumn Evidence = new("evidence", FlatType.String);
    public static readonly FlatColumn EvidenceData = new("evidenceData", FlatType.Json);
    public static readonly FlatColumn Sources = new("sources", FlatType.StringList);
    public static readonly FlatColumn DisputingSources = new("disputingSources", FlatType.StringList);
    public static readonly FlatColumn OutletCount = new("outletCount", FlatType.Integer);
    public static readonly FlatColumn Contested = new("contested", FlatType.Boolean);
    public static readonly FlatColumn Positions = new("positions", FlatType.Json);

    /// <summary>Gets the node columns, in the order formats declare them.</summary>
    public static ImmutableArray<FlatColumn> NodeColumns { get; } =
        [Name, Kind, Aliases, Demonyms, Metonyms, Role, Description, Identifiers, Mentions, Isolated];

    /// <summary>Gets the edge columns, in the order formats declare them.</summary>
    public static ImmutableArray<FlatColumn> EdgeColumns { get; } =
    [
        RelationType, Label, Certainty, Polarity, Implicit, Time, TimePoint, TimeStart, TimeEnd, TimeEarliest, TimeLatest,
        PloverType, PloverMode, Cameo, Qualifiers, Evidence, EvidenceData, Sources, DisputingSources, OutletCount, Contested,
        Positions,
    ];

    public static IEnumerable<FlatValue> Of(Entity entity)
    {
        yield return Text(Name, entity.Name);
        yield return Text(Kind, entity.Kind);
        foreach (var list in new[] { (Aliases, entity.Aliases), (Demonyms, entity.Demonyms), (Metonyms, entity.Metonyms) })
        {
            if (!list.Item2.IsEmpty)
            {
                yield return new FlatValue(list.Item1, string.Empty, list.Item2);
            }
        }

        if (entity.Role is { } role)
        {
            yield return Text(Role, role);
        }

        if (entity.Description is { } description)
        {
            yield return Text(Description, description);
        }

        if (!entity.Identifiers.IsEmpty)
        {
            yield return Text(Identifiers, ExportJson.ToCompactString(w => ExportJson.WriteStringMap(w, entity.Identifiers)));
        }

        if (!entity.Mentions.IsEmpty)
        {
            yield return Text(Mentions, ExportJson.ToCompactString(w => ExportJson.WriteMentions(w, entity.Mentions)));
        }

        if (entity.Isolated is { } isolated)
        {
            yield return Text(Isolated, isolated);
        }
    }

    /// <summary>
    /// Gets a relation's columns: its own fields, then its sources (<paramref name="support"/>): the supporting and
    /// disputing document ids, the independent outlet count, the contested flag (both always written), and for a
    /// contested relation each position's certainty, time, qualifiers and documents.
    /// </summary>
    public static IEnumerable<FlatValue> Of(Relation relation, RelationType type, RelationSupport support)
    {
        yield return Text(RelationType, relation.Type);
        yield return Text(Label, type.Label);
        yield return Text(Certainty, Lower(relation.Certainty));
        yield return Text(Polarity, Lower(type.Polarity));
        if (relation.Implicit)
        {
            yield return Text(Implicit, "true");
        }

        var time = relation.Time;
        if (!time.IsUnknown)
        {
            yield return Text(Time, time.ToDisplayString());
        }

        foreach (var (column, date) in new[] { (TimePoint, time.Point), (TimeStart, time.Start), (TimeEnd, time.End) })
        {
            if (date is { } d)
            {
                yield return Text(column, d.ToString());
            }
        }

        if (time.Earliest is { } earliest)
        {
            yield return Text(TimeEarliest, IsoDate(earliest));
        }

        if (time.Latest is { } latest)
        {
            yield return Text(TimeLatest, IsoDate(latest));
        }

        if (type.Plover is { } plover)
        {
            yield return Text(PloverType, plover.Type);
            if (plover.Mode is { } mode)
            {
                yield return Text(PloverMode, mode);
            }
        }

        if (type.Cameo is { } cameo)
        {
            yield return Text(Cameo, cameo);
        }

        if (!relation.Qualifiers.IsEmpty)
        {
            yield return Text(Qualifiers, ExportJson.ToCompactString(w => ExportJson.WriteStringMap(w, relation.Qualifiers)));
        }

        yield return Text(Evidence, EvidenceSummary(relation.Evidence));
        yield return Text(EvidenceData, ExportJson.ToCompactString(w => ExportJson.WriteEvidence(w, relation.Evidence)));
        if (!support.Documents.IsEmpty)
        {
            yield return new FlatValue(Sources, string.Empty, support.Documents);
        }

        if (!support.DisputingDocuments.IsEmpty)
        {
            yield return new FlatValue(DisputingSources, string.Empty, support.DisputingDocuments);
        }

        yield return Text(OutletCount, support.OutletCount.ToString(CultureInfo.InvariantCulture));
        yield return Text(Contested, support.Contested ? "true" : "false");
        if (support.Contested)
        {
            yield return Text(Positions, ExportJson.ToCompactString(w => ExportJson.WritePositions(w, relation.Positions)));
        }
    }

    /// <summary>Gets the evidence in words, e.g. <c>doc, paragraph 3, footnote 1 [Test Outlet: A cited article]: A phone call.</c></summary>
    public static string EvidenceSummary(IEnumerable<Evidence> evidence) => string.Join(" | ", evidence.Select(e =>
    {
        var sb = new StringBuilder();
        if (e.Background)
        {
            sb.Append("background");
        }
        else
        {
            sb.Append(e.Document).Append(", paragraph ").Append(e.Paragraph?.ToString(CultureInfo.InvariantCulture));
            if (e.Footnote is { } footnote)
            {
                sb.Append(", footnote ").Append(footnote.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (e.Citation is { } c)
        {
            sb.Append(" [").Append(c.Outlet);
            if (c.Title is { } title)
            {
                sb.Append(": ").Append(title);
            }

            sb.Append(']');
        }

        if (e.Note is { } note)
        {
            sb.Append(": ").Append(note);
        }

        return sb.ToString();
    }));

    public static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FlatValue Text(FlatColumn column, string text) => new(column, text, []);
}
