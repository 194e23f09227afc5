using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Reads when a relation held: a <c>point</c>, or a <c>start</c>/<c>end</c> period, with partial dates.</summary>
internal sealed class TimeReader(FileReader r)
{
    /// <summary>Reads a relation's <c>time</c>: absent or null is <see cref="RelationTime.Unknown"/>; a bad time is reported and gives null.</summary>
    public RelationTime? Read(PositionedJson? node)
    {
        if (node is null || node.IsNull)
        {
            return RelationTime.Unknown;
        }

        var t = r.Object(node, "a time", "point", "start", "end");
        if (t is null)
        {
            return null;
        }

        var written = (Point: t.Get("point"), Start: t.Get("start"), End: t.Get("end"));
        var point = r.Date(t, "point");
        var start = r.Date(t, "start");
        var end = r.Date(t, "end");
        if ((written.Point is not null && point is null) || (written.Start is not null && start is null) || (written.End is not null && end is null))
        {
            return null;
        }

        if (point is not null && (start is not null || end is not null))
        {
            r.Problem(t, "A time is either a \"point\" or a \"start\"/\"end\" period, not both.");
            return null;
        }

        if (point is { } p)
        {
            return RelationTime.At(p);
        }

        if (start is null && end is null)
        {
            r.Problem(t, "A time needs a \"point\", a \"start\" or an \"end\"; leave \"time\" out when the text gives none.");
            return null;
        }

        if (start is { } st && end is { } en && en.Latest < st.Earliest)
        {
            r.Problem(t.Get("end")!, $"The end {en} is before the start {st}.");
            return null;
        }

        return RelationTime.Between(start, end);
    }
}
