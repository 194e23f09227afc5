using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Reads relation statements (type, ends, time, certainty, evidence) and evidence additions (evidence for
/// relations of other files, by relation id, applied once every file is read).
/// </summary>
internal sealed class RelationReader(FileReader r, LoadState s)
{
    private readonly TimeReader time = new(r);

    private readonly EvidenceReader evidenceReader = new(r, s);

    /// <summary>Reads the <c>relations</c> list; the vocabulary, documents and entities must be read first.</summary>
    /// <param name="list">The list, or null when it is missing (already reported).</param>
    /// <param name="defaultDocument">The file's document, for evidence that names none.</param>
    public void ReadRelations(PositionedJsonArray? list, string? defaultDocument)
    {
        foreach (var item in list?.Items ?? [])
        {
            if (ReadRelation(item, defaultDocument) is { } relation)
            {
                s.Relations.Add(relation);
            }
        }
    }

    /// <summary>Reads the <c>evidenceAdditions</c> list.</summary>
    /// <param name="list">The list, or null when there is none.</param>
    /// <param name="defaultDocument">The file's document, for evidence that names none.</param>
    public void ReadEvidenceAdditions(PositionedJsonArray? list, string? defaultDocument)
    {
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "an evidence addition", "relation", "evidence");
            if (o is null)
            {
                continue;
            }

            var relation = r.Id(o, "relation", required: true);
            var evidence = ReadEvidenceList(o, defaultDocument, "An evidence addition needs at least one piece of evidence.");
            if (relation is not null && !evidence.IsEmpty)
            {
                s.DeferEvidenceAddition(r, o.Get("relation")!, relation, evidence);
            }
        }
    }

    /// <summary>Reads one relation; a bad one, or one whose id is taken, is reported and gives null.</summary>
    private Relation? ReadRelation(PositionedJson item, string? defaultDocument)
    {
        var o = r.Object(item, "a relation", "id", "type", "source", "target", "time", "certainty", "implicit", "qualifiers", "evidence");
        if (o is null)
        {
            return null;
        }

        var id = r.Id(o, "id", required: true);
        var typeName = r.String(o, "type", required: true);
        var source = r.Id(o, "source", required: true);
        var target = r.Id(o, "target", required: true);
        var certainty = r.Enum<Certainty>(o, "certainty", required: true);
        RelationType? type = null;
        if (typeName is not null && !s.Types.TryGetValue(typeName, out type))
        {
            r.Problem(o.Get("type")!, $"\"type\" is \"{typeName}\", which is not a relation type of the vocabulary{LoadState.Suggest(typeName, s.Types.Keys)}.");
        }

        var sourceEntity = CheckEnd(o, "source", source, type, type?.SourceKinds);
        var targetEntity = CheckEnd(o, "target", target, type, type?.TargetKinds);
        if (source is not null && source == target)
        {
            r.Problem(o.Get("target")!, $"The relation links \"{source}\" to itself.");
        }

        var when = time.Read(o.Get("time"));
        var evidence = ReadEvidenceList(o, defaultDocument, "A relation needs at least one piece of evidence.");
        if (id is null || type is null || sourceEntity is null || targetEntity is null || certainty is null || when is null || evidence.IsEmpty)
        {
            return null;
        }

        if (!s.RelationFiles.TryAdd(id, r.File))
        {
            r.Problem(o.Get("id")!, $"The relation id \"{id}\" is used twice (first in {s.RelationFiles[id]}).");
            return null;
        }

        return new Relation
        {
            Id = id,
            Type = type.Name,
            Source = sourceEntity.Id,
            Target = targetEntity.Id,
            Time = when,
            Certainty = certainty.Value,
            Implicit = r.Bool(o, "implicit") ?? false,
            Qualifiers = r.StringMap(o, "qualifiers"),
            Evidence = evidence,
        };
    }

    /// <summary>Reads a required, non-empty <c>evidence</c> list, keeping the pieces that are good.</summary>
    private ImmutableArray<Evidence> ReadEvidenceList(PositionedJsonObject o, string? defaultDocument, string emptyMessage)
    {
        var list = r.Array(o, "evidence", required: true);
        if (list is not null && list.Items.Count == 0)
        {
            r.Problem(list, emptyMessage);
        }

        return (list?.Items ?? []).Select(e => evidenceReader.Read(e, defaultDocument)).OfType<Evidence>().ToImmutableArray();
    }

    /// <summary>Checks a relation's end: an entity of the data set, of a kind the relation type allows there.</summary>
    private Entity? CheckEnd(PositionedJsonObject o, string end, string? id, RelationType? type, ImmutableArray<string>? allowed)
    {
        if (id is null)
        {
            return null;
        }

        if (!s.Entities.TryGetValue(id, out var entity))
        {
            r.Problem(o.Get(end)!, $"\"{end}\" is \"{id}\", which is not an entity of the data set{LoadState.Suggest(id, s.Entities.Keys)}.");
            return null;
        }

        if (allowed is { } kinds && !kinds.Contains(entity.Kind))
        {
            r.Problem(o.Get(end)!, $"\"{end}\" is \"{id}\", a {entity.Kind}, but the relation type \"{type!.Name}\" allows only {string.Join(", ", kinds)} as {end}.");
            return null;
        }

        return entity;
    }
}
