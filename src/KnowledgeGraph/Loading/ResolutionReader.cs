using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Reads the entity-resolution decisions (<c>resolution.json</c>, or the <c>resolution</c> section of the single-document
/// export): merges of several entity ids into one canonical entity, rejected merge proposals, and the reviewers'
/// judgements (rejected relation candidates and rejected links). The merges are checked and applied once every file is
/// read (<see cref="MergeApplier"/>), and so are the judgements' ids (<see cref="JudgementChecker"/>).
/// </summary>
internal sealed class ResolutionReader(FileReader r, LoadState s)
{
    /// <summary>Reads the file's top level (or the export's <c>resolution</c> section, named by <paramref name="what"/>).</summary>
    public void Read(PositionedJson root, string what = "the file's top level")
    {
        var top = r.Object(root, what, "$schema", "merges", "rejected", "judgements");
        if (top is null)
        {
            return;
        }

        foreach (var item in r.Array(top, "merges", required: false)?.Items ?? [])
        {
            var o = r.Object(item, "a merge", "canonical", "referents", "decidedBy", "note");
            if (o is null)
            {
                continue;
            }

            var canonical = r.Id(o, "canonical", required: true);
            var referents = Ids(o, "referents");
            if (referents.IsEmpty && o.Get("referents") is PositionedJsonArray { Items.Count: 0 } empty)
            {
                r.Problem(empty, "A merge needs at least one id in \"referents\".");
            }

            if (canonical is not null && !referents.IsEmpty)
            {
                s.Merges.Add((r, o, new EntityMerge
                {
                    Canonical = canonical,
                    Referents = referents,
                    DecidedBy = r.String(o, "decidedBy", required: false),
                    Note = r.String(o, "note", required: false),
                }));
            }
        }

        foreach (var item in r.Array(top, "rejected", required: false)?.Items ?? [])
        {
            var o = r.Object(item, "a rejected merge", "ids", "decidedBy", "note");
            if (o is null)
            {
                continue;
            }

            var ids = Ids(o, "ids");
            if (ids.Distinct(StringComparer.Ordinal).Count() < 2)
            {
                r.Problem(o.Get("ids") ?? o, "A rejected merge names at least two different ids in \"ids\".");
                continue;
            }

            s.RejectedMerges.Add(new RejectedMerge { Ids = ids, DecidedBy = r.String(o, "decidedBy", required: false), Note = r.String(o, "note", required: false) });
        }

        if (r.Object(top.Get("judgements"), "the judgements", "relations", "links") is { } judgements)
        {
            ReadJudgements(judgements);
        }
    }

    private void ReadJudgements(PositionedJsonObject judgements)
    {
        foreach (var item in r.Array(judgements, "relations", required: false)?.Items ?? [])
        {
            var o = r.Object(item, "a rejected relation", "source", "type", "target", "certainty", "document", "decidedBy", "note");
            if (o is null)
            {
                continue;
            }

            var (source, type, target) = (r.Id(o, "source", required: true), r.String(o, "type", required: true), r.Id(o, "target", required: true));
            var certainty = r.Enum<Certainty>(o, "certainty", required: false);
            var badCertainty = certainty is null && o.Get("certainty") is { IsNull: false };
            if (source is not null && type is not null && target is not null && !badCertainty)
            {
                s.RejectedRelations.Add((r, o, new RejectedRelation
                {
                    Source = source,
                    Type = type,
                    Target = target,
                    Certainty = certainty,
                    Document = r.Id(o, "document", required: false),
                    DecidedBy = r.String(o, "decidedBy", required: false),
                    Note = r.String(o, "note", required: false),
                }));
            }
        }

        foreach (var item in r.Array(judgements, "links", required: false)?.Items ?? [])
        {
            var o = r.Object(item, "a rejected link", "name", "entity", "document", "decidedBy", "note");
            if (o is null)
            {
                continue;
            }

            var (name, entity) = (r.String(o, "name", required: true), r.Id(o, "entity", required: true));
            if (name is not null && entity is not null)
            {
                s.RejectedLinks.Add((r, o, new RejectedLink
                {
                    Name = name,
                    Entity = entity,
                    Document = r.Id(o, "document", required: false),
                    DecidedBy = r.String(o, "decidedBy", required: false),
                    Note = r.String(o, "note", required: false),
                }));
            }
        }
    }

    /// <summary>Reads a required list of entity ids, each a slug.</summary>
    private ImmutableArray<string> Ids(PositionedJsonObject o, string name)
    {
        var list = r.StringList(o, name, required: true);
        var good = ImmutableArray.CreateBuilder<string>();
        if (o.Get(name) is PositionedJsonArray nodes)
        {
            for (var i = 0; i < list.Length && i < nodes.Items.Count; i++)
            {
                if (!FileReader.IsId(list[i]))
                {
                    r.Problem(nodes.Items[i], $"\"{name}\"[{i}] is \"{list[i]}\", which is not a lowercase slug such as \"nikol-pashinyan\".");
                }
                else
                {
                    good.Add(list[i]);
                }
            }
        }

        return good.Count == list.Length ? good.ToImmutable() : [];
    }
}

/// <summary>
/// Checks the merges of the resolution file against the entities (each id an entity, one kind per merge, no id in two
/// merges, no merge of a rejected pair) and applies them: the canonical entity takes the referents' names as aliases,
/// their mentions and their ids as <see cref="Entity.Referents"/>; the referents' records go; relations that named a
/// referent name the canonical entity.
/// </summary>
internal sealed class MergeApplier(LoadState s)
{
    public (ImmutableArray<Entity> Entities, ImmutableArray<Relation> Relations) Apply()
    {
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstMerge = new Dictionary<string, string>(StringComparer.Ordinal);
        var good = new List<EntityMerge>();
        foreach (var (r, node, merge) in s.Merges)
        {
            var ok = true;
            if (!s.Entities.TryGetValue(merge.Canonical, out var canonical))
            {
                r.Problem(node.Get("canonical")!, $"\"canonical\" is \"{merge.Canonical}\", which is not an entity of the data set{LoadState.Suggest(merge.Canonical, s.Entities.Keys)}.");
                ok = false;
            }

            var referentNodes = (node.Get("referents") as PositionedJsonArray)?.Items ?? [];
            for (var i = 0; i < merge.Referents.Length; i++)
            {
                var id = merge.Referents[i];
                var at = i < referentNodes.Count ? referentNodes[i] : node;
                if (id == merge.Canonical)
                {
                    r.Problem(at, $"The entity \"{id}\" is merged into itself.");
                    ok = false;
                }
                else if (s.MergesApplied)
                {
                    if (s.Entities.ContainsKey(id))
                    {
                        r.Problem(at, $"\"referents\"[{i}] is \"{id}\", which this export also holds as an entity; an exported merge names only ids folded into the canonical entity.");
                        ok = false;
                    }
                }
                else if (!s.Entities.TryGetValue(id, out var referent))
                {
                    r.Problem(at, $"\"referents\"[{i}] is \"{id}\", which is not an entity of the data set{LoadState.Suggest(id, s.Entities.Keys)}.");
                    ok = false;
                }
                else if (canonical is not null && referent.Kind != canonical.Kind)
                {
                    r.Problem(at, $"The merge joins entities of different kinds: \"{id}\" is a {referent.Kind}, but the canonical \"{canonical.Id}\" is a {canonical.Kind}.");
                    ok = false;
                }
            }

            foreach (var (id, at) in merge.Referents.Select((id, i) => (id, i < referentNodes.Count ? referentNodes[i] : node)).Prepend((merge.Canonical, node.Get("canonical") ?? node)))
            {
                if (firstMerge.TryGetValue(id, out var earlier))
                {
                    r.Problem(at, $"The entity \"{id}\" is merged twice: it is already in the merge into \"{earlier}\"; one entity belongs to one merge.");
                    ok = false;
                }
            }

            if (s.RejectedMerges.FirstOrDefault(x => x.Ids.Count(id => id == merge.Canonical || merge.Referents.Contains(id)) >= 2) is { } rejected)
            {
                r.Problem(node, $"The merge into \"{merge.Canonical}\" joins ids that a rejected proposal keeps apart ({string.Join(", ", rejected.Ids)}); remove one of the two decisions.");
                ok = false;
            }

            foreach (var id in merge.Referents.Prepend(merge.Canonical))
            {
                firstMerge.TryAdd(id, merge.Canonical);
            }

            if (ok)
            {
                good.Add(merge);
                foreach (var id in merge.Referents)
                {
                    canonicalOf[id] = merge.Canonical;
                }
            }
        }

        if (canonicalOf.Count == 0)
        {
            return ([.. s.Entities.Values], [.. s.Relations]);
        }

        if (s.MergesApplied)
        {
            // The single-document export holds the merged entities already folded: the referents are ids, not records.
            return ([.. s.Entities.Values.Select(e => good.FirstOrDefault(m => m.Canonical == e.Id) is { } m ? e with { Referents = [.. e.Referents.Concat(m.Referents)] } : e)], [.. s.Relations]);
        }

        var merged = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var merge in good)
        {
            merged[merge.Canonical] = Fold(s.Entities[merge.Canonical], [.. merge.Referents.Select(id => s.Entities[id])]);
        }

        var entities = s.Entities.Values.Where(e => !canonicalOf.ContainsKey(e.Id)).Select(e => merged.GetValueOrDefault(e.Id, e)).ToImmutableArray();
        var relations = ImmutableArray.CreateBuilder<Relation>(s.Relations.Count);
        foreach (var relation in s.Relations)
        {
            var rewritten = relation with { Source = canonicalOf.GetValueOrDefault(relation.Source, relation.Source), Target = canonicalOf.GetValueOrDefault(relation.Target, relation.Target) };
            if (rewritten.Source == rewritten.Target)
            {
                s.Problems.Add(new DataProblem(s.RelationFiles.GetValueOrDefault(relation.Id, "resolution.json"), null, null, null,
                    $"After the merge into \"{rewritten.Source}\", the relation \"{relation.Id}\" links \"{relation.Source}\" to \"{relation.Target}\", the same entity; remove the relation or the merge."));
            }

            relations.Add(rewritten);
        }

        return (entities, relations.ToImmutable());
    }

    /// <summary>Folds the referents into the canonical entity: their names and forms, their mentions, their ids.</summary>
    private static Entity Fold(Entity canonical, IReadOnlyList<Entity> referents)
    {
        string[] Distinct(IEnumerable<string> forms, params IEnumerable<string>[] exclude) =>
            [.. forms.Distinct(StringComparer.Ordinal).Where(f => !exclude.SelectMany(x => x).Contains(f, StringComparer.Ordinal))];

        var aliases = Distinct(canonical.Aliases.Concat(referents.SelectMany(e => e.Aliases.Prepend(e.Name))), [canonical.Name]);
        var mentions = canonical.Mentions.Concat(referents.SelectMany(e => e.Mentions))
            .GroupBy(m => m.Document, StringComparer.Ordinal)
            .Select(g => new Mention(g.Key, [.. g.SelectMany(m => m.Paragraphs).Distinct().Order()]));
        return canonical with
        {
            Aliases = [.. aliases],
            Demonyms = [.. Distinct(canonical.Demonyms.Concat(referents.SelectMany(e => e.Demonyms)))],
            Metonyms = [.. Distinct(canonical.Metonyms.Concat(referents.SelectMany(e => e.Metonyms)))],
            Mentions = [.. mentions],
            Referents = [.. canonical.Referents.Concat(referents.Select(e => e.Id))],
        };
    }
}

/// <summary>
/// Checks the reviewers' judgements once every file is read: each entity id names an entity of the data set or an id
/// merged into one, each type is a relation type of the vocabulary.
/// </summary>
internal sealed class JudgementChecker(LoadState s)
{
    public void Check()
    {
        var referents = s.Merges.SelectMany(m => m.Merge.Referents).ToHashSet(StringComparer.Ordinal);
        bool Known(string id) => s.Entities.ContainsKey(id) || referents.Contains(id);
        void Entity(FileReader r, PositionedJsonObject o, string name, string id)
        {
            if (!Known(id))
            {
                r.Problem(o.Get(name) ?? o, $"\"{name}\" is \"{id}\", which is not an entity of the data set{LoadState.Suggest(id, s.Entities.Keys)}.");
            }
        }

        foreach (var (r, o, j) in s.RejectedRelations)
        {
            Entity(r, o, "source", j.Source);
            Entity(r, o, "target", j.Target);
            if (!s.Types.ContainsKey(j.Type))
            {
                r.Problem(o.Get("type") ?? o, $"\"type\" is \"{j.Type}\", which is not a relation type of the vocabulary{LoadState.Suggest(j.Type, s.Types.Keys)}.");
            }
        }

        foreach (var (r, o, j) in s.RejectedLinks)
        {
            Entity(r, o, "entity", j.Entity);
        }
    }
}
