using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Loads a graph data set (the layout of <c>graph-data/</c>: <c>vocabulary/</c>, <c>documents/</c>,
/// <c>entities/</c>, <c>relations/</c>) into an immutable <see cref="Graph"/>, all or nothing.
/// </summary>
/// <remarks>
/// Every problem of a load is collected before failing, each with file, line, column and JSON path.
/// Document, entity and relation files whose <c>status</c> is <c>unreviewed</c> are drafts: they are skipped
/// and named in <see cref="Graph.Notices"/> until a person reviews them. A relations file may carry
/// <c>evidenceAdditions</c>: evidence for relations of other files (by relation id), appended to them once the
/// file is reviewed, so a new document never overwrites curated statements.
/// </remarks>
internal static partial class GraphLoader
{
    private static readonly string[] PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public static Graph Load(IReadOnlyList<GraphDataFile> files)
    {
        var problems = new List<DataProblem>();
        var notices = new List<string>();
        var parsed = new List<(GraphDataFile File, JsonNode Root)>();
        foreach (var file in files)
        {
            if (file.Path.StartsWith("schema/", StringComparison.Ordinal))
            {
                continue;
            }

            var root = JsonTreeParser.Parse(file.Content, file.Path, problems);
            if (root is not null)
            {
                parsed.Add((file, root));
            }
        }

        var state = new LoadState(problems);
        foreach (var (file, root) in parsed.Where(p => p.File.Path == "vocabulary/entity-kinds.json"))
        {
            ReadEntityKinds(new FileReader(file.Path, problems), root, state);
        }

        foreach (var (file, root) in parsed.Where(p => p.File.Path == "vocabulary/relation-types.json"))
        {
            ReadRelationTypes(new FileReader(file.Path, problems), root, state);
        }

        foreach (var (file, root) in parsed.Where(p => InFolder(p.File.Path, "documents")))
        {
            ReadDocument(new FileReader(file.Path, problems), root, state, notices);
        }

        foreach (var (file, root) in parsed.Where(p => InFolder(p.File.Path, "entities")))
        {
            ReadEntities(new FileReader(file.Path, problems), root, state, notices);
        }

        foreach (var (file, root) in parsed.Where(p => InFolder(p.File.Path, "relations")))
        {
            ReadRelations(new FileReader(file.Path, problems), root, state, notices);
        }

        foreach (var (file, _) in parsed.Where(p => !IsKnownPath(p.File.Path)))
        {
            problems.Add(new DataProblem(file.Path, null, null, null,
                "This file is not part of the graph layout: expected vocabulary/entity-kinds.json, vocabulary/relation-types.json, documents/*.json, entities/*.json or relations/*.json."));
        }

        if (files.Count > 0 && !files.Any(f => f.Path == "vocabulary/entity-kinds.json"))
        {
            problems.Add(new DataProblem("vocabulary/entity-kinds.json", null, null, null, "The entity kinds vocabulary is missing."));
        }

        if (files.Count > 0 && !files.Any(f => f.Path == "vocabulary/relation-types.json"))
        {
            problems.Add(new DataProblem("vocabulary/relation-types.json", null, null, null, "The relation types vocabulary is missing."));
        }

        if (files.Count == 0)
        {
            problems.Add(new DataProblem(".", null, null, null, "The data set holds no JSON files."));
        }

        return Finish(state, problems, notices, Version(files));
    }

    private static Graph Finish(LoadState state, List<DataProblem> problems, List<string> notices, string version)
    {
        state.ApplyEvidenceAdditions();
        state.CheckDeferredReferences();
        if (problems.Count > 0)
        {
            throw new GraphDataException(problems);
        }

        return new Graph(
            [.. state.Kinds.Values],
            [.. state.Types.Values],
            [.. state.Documents.Values],
            [.. state.Entities.Values],
            [.. state.Relations],
            version,
            [.. notices]);
    }

    private static bool InFolder(string path, string folder) =>
        path.StartsWith(folder + "/", StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) < 0;

    private static bool IsKnownPath(string path) =>
        path is "vocabulary/entity-kinds.json" or "vocabulary/relation-types.json"
        || path.StartsWith("schema/", StringComparison.Ordinal)
        || InFolder(path, "documents") || InFolder(path, "entities") || InFolder(path, "relations");

    private static string Version(IReadOnlyList<GraphDataFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Only the files that make up the graph count: editing a schema or a README does not change the data.
        foreach (var f in files.Where(f => IsKnownPath(f.Path) && !f.Path.StartsWith("schema/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(f.Path + "\n"));
            hash.AppendData(f.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static JsonArrayNode? Top(FileReader r, JsonNode root, string listName, string schema, params string[] extra)
    {
        var obj = r.Object(root, "the file's top level", ["$schema", listName, .. extra]);
        if (obj is null)
        {
            return null;
        }

        _ = schema;
        return r.Array(obj, listName, required: true);
    }

    private static void ReadEntityKinds(FileReader r, JsonNode root, LoadState s)
    {
        var list = Top(r, root, "entityKinds", "entity-kinds");
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "an entity kind", "name", "description");
            if (o is null)
            {
                continue;
            }

            var name = r.String(o, "name", required: true);
            var description = r.String(o, "description", required: true);
            if (name is null || description is null)
            {
                continue;
            }

            if (!KindPattern().IsMatch(name))
            {
                r.Problem(o.Get("name")!, $"The kind name \"{name}\" must be PascalCase letters and digits, e.g. \"WeaponSystem\".");
            }
            else if (!s.Kinds.TryAdd(name, new EntityKind(name, description)))
            {
                r.Problem(o.Get("name")!, $"The entity kind \"{name}\" is defined twice.");
            }
        }
    }

    private static void ReadRelationTypes(FileReader r, JsonNode root, LoadState s)
    {
        var list = Top(r, root, "relationTypes", "relation-types");
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "a relation type", "name", "label", "inverseLabel", "description", "sourceKinds", "targetKinds", "symmetric", "polarity", "plover", "cameo");
            if (o is null)
            {
                continue;
            }

            var name = r.Id(o, "name", required: true);
            var label = r.String(o, "label", required: true);
            var inverse = r.String(o, "inverseLabel", required: true);
            var description = r.String(o, "description", required: false) ?? string.Empty;
            var sourceKinds = KindList(r, o, "sourceKinds", s);
            var targetKinds = KindList(r, o, "targetKinds", s);
            var symmetric = r.Bool(o, "symmetric") ?? false;
            var polarity = r.Enum<Polarity>(o, "polarity", required: true);
            var cameo = r.String(o, "cameo", required: false);
            if (cameo is not null && !cameo.All(char.IsAsciiDigit))
            {
                r.Problem(o.Get("cameo")!, $"\"cameo\" is \"{cameo}\"; a CAMEO code is digits only, e.g. \"041\".");
            }

            PloverMapping? plover = null;
            if (o.Get("plover") is JsonObjectNode po && r.Object(po, "a PLOVER mapping", "type", "mode") is { } p)
            {
                var type = r.String(p, "type", required: true);
                var mode = r.String(p, "mode", required: false);
                if (type is not null && !PloverTypes.Contains(type, StringComparer.Ordinal))
                {
                    r.Problem(p.Get("type")!, $"\"type\" is \"{type}\", which is not a PLOVER event type: {string.Join(", ", PloverTypes)}.");
                }
                else if (type is not null)
                {
                    plover = new PloverMapping(type, mode);
                }
            }
            else if (o.Get("plover") is { } bad and not JsonValueNode { ValueKind: System.Text.Json.JsonValueKind.Null })
            {
                r.Problem(bad, $"\"plover\" must be an object {{\"type\", \"mode\"}} or null but is {bad.KindName}.");
            }

            if (name is null || label is null || inverse is null || polarity is null || sourceKinds.IsDefault || targetKinds.IsDefault)
            {
                continue;
            }

            var rt = new RelationType
            {
                Name = name,
                Label = label,
                InverseLabel = inverse,
                Description = description,
                SourceKinds = sourceKinds,
                TargetKinds = targetKinds,
                Symmetric = symmetric,
                Polarity = polarity.Value,
                Plover = plover,
                Cameo = cameo,
            };
            if (!s.Types.TryAdd(name, rt))
            {
                r.Problem(o.Get("name")!, $"The relation type \"{name}\" is defined twice.");
            }
        }
    }

    private static ImmutableArray<string> KindList(FileReader r, JsonObjectNode o, string name, LoadState s)
    {
        var kinds = r.StringList(o, name, required: true);
        if (o.Get(name) is not JsonArrayNode array)
        {
            return default;
        }

        if (kinds.IsEmpty)
        {
            r.Problem(array, $"\"{name}\" must list at least one entity kind.");
            return default;
        }

        for (var i = 0; i < kinds.Length && i < array.Items.Count; i++)
        {
            if (!s.Kinds.ContainsKey(kinds[i]))
            {
                r.Problem(array.Items[i], $"\"{kinds[i]}\" is not an entity kind of the vocabulary ({string.Join(", ", s.Kinds.Keys)}).");
            }
        }

        return kinds;
    }

    private static void ReadDocument(FileReader r, JsonNode root, LoadState s, List<string> notices)
    {
        var top = r.Object(root, "the file's top level", "$schema", "status", "document");
        if (top is null || IsDraft(r, top, notices))
        {
            return;
        }

        var o = r.Object(top.Get("document"), "the document", "id", "title", "file", "authors", "language", "published", "paragraphCount", "description", "footnotes");
        if (o is null)
        {
            if (top.Get("document") is null)
            {
                r.Problem(top, "The required property \"document\" is missing.");
            }

            return;
        }

        var id = r.Id(o, "id", required: true);
        var title = r.String(o, "title", required: true);
        var count = r.Int(o, "paragraphCount", required: true, min: 1, max: 100_000);
        var authors = r.StringList(o, "authors");
        if (o.Get("authors") is JsonArrayNode authorNodes)
        {
            for (var i = 0; i < authors.Length && i < authorNodes.Items.Count; i++)
            {
                s.DeferEntityReference(r, authorNodes.Items[i], authors[i], "author");
            }
        }

        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        foreach (var item in r.Array(o, "footnotes", required: false)?.Items ?? [])
        {
            var f = r.Object(item, "a footnote", "number", "paragraph", "authors", "title", "outlet", "outletEntity", "url", "accessed");
            if (f is null)
            {
                continue;
            }

            var number = r.Int(f, "number", required: true, min: 1);
            var paragraph = r.Int(f, "paragraph", required: true, min: 1, max: count ?? int.MaxValue);
            var outlet = r.String(f, "outlet", required: true);
            var outletEntity = r.Id(f, "outletEntity", required: false);
            var footAuthors = r.StringList(f, "authors");
            if (outletEntity is not null)
            {
                s.DeferEntityReference(r, f.Get("outletEntity")!, outletEntity, "outlet");
            }

            if (f.Get("authors") is JsonArrayNode fa)
            {
                for (var i = 0; i < footAuthors.Length && i < fa.Items.Count; i++)
                {
                    s.DeferEntityReference(r, fa.Items[i], footAuthors[i], "author");
                }
            }

            var url = r.String(f, "url", required: false);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                r.Problem(f.Get("url")!, $"\"url\" is \"{url}\", which is not an absolute URL.");
            }

            if (number is null || paragraph is null || outlet is null)
            {
                continue;
            }

            if (footnotes.Any(x => x.Number == number))
            {
                r.Problem(f.Get("number")!, $"Footnote {number} is defined twice.");
                continue;
            }

            footnotes.Add(new Footnote(number.Value, paragraph.Value, new Citation
            {
                Outlet = outlet,
                OutletEntity = outletEntity,
                Title = r.String(f, "title", required: false),
                Url = url,
                Accessed = r.Date(f, "accessed"),
                Authors = footAuthors,
            }));
        }

        if (id is null || title is null || count is null)
        {
            return;
        }

        var doc = new SourceDocument
        {
            Id = id,
            Title = title,
            File = r.String(o, "file", required: false),
            Authors = authors,
            Language = r.String(o, "language", required: false),
            Published = r.Date(o, "published"),
            ParagraphCount = count.Value,
            Description = r.String(o, "description", required: false),
            Footnotes = footnotes.ToImmutable(),
        };
        if (!s.Documents.TryAdd(id, doc))
        {
            r.Problem(o.Get("id")!, $"The document \"{id}\" is defined twice.");
        }
    }

    private static void ReadEntities(FileReader r, JsonNode root, LoadState s, List<string> notices)
    {
        if (root is JsonObjectNode top && IsDraft(r, top, notices))
        {
            return;
        }

        var list = Top(r, root, "entities", "entities", "status");
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "an entity", "id", "kind", "name", "aliases", "demonyms", "metonyms", "role", "identifiers", "description", "mentions", "isolated");
            if (o is null)
            {
                continue;
            }

            var id = r.Id(o, "id", required: true);
            var kind = r.String(o, "kind", required: true);
            var name = r.String(o, "name", required: true);
            if (kind is not null && !s.Kinds.ContainsKey(kind))
            {
                r.Problem(o.Get("kind")!, $"\"kind\" is \"{kind}\", which is not an entity kind of the vocabulary ({string.Join(", ", s.Kinds.Keys)}).");
                kind = null;
            }

            var identifiers = r.StringMap(o, "identifiers");
            CheckIdentifiers(r, o, identifiers);
            var mentions = ImmutableArray.CreateBuilder<Mention>();
            foreach (var m in r.Array(o, "mentions", required: false)?.Items ?? [])
            {
                var mo = r.Object(m, "a mention", "document", "paragraphs");
                if (mo is null)
                {
                    continue;
                }

                var doc = r.Id(mo, "document", required: true);
                var paragraphs = r.Array(mo, "paragraphs", required: true);
                if (doc is null || paragraphs is null)
                {
                    continue;
                }

                var numbers = ImmutableArray.CreateBuilder<int>();
                foreach (var pn in paragraphs.Items)
                {
                    if (pn is JsonValueNode { ValueKind: System.Text.Json.JsonValueKind.Number } v && int.TryParse(v.Raw, out var n))
                    {
                        numbers.Add(n);
                        s.CheckParagraph(r, pn, doc, n);
                    }
                    else
                    {
                        r.Problem(pn, $"A paragraph number must be a whole number but is {pn.KindName}.");
                    }
                }

                if (!s.Documents.ContainsKey(doc))
                {
                    r.Problem(mo.Get("document")!, $"\"document\" is \"{doc}\", which is not a document of the data set ({string.Join(", ", s.Documents.Keys)}).");
                }

                mentions.Add(new Mention(doc, numbers.ToImmutable()));
            }

            var entity = id is null || kind is null || name is null ? null : new Entity
            {
                Id = id,
                Kind = kind,
                Name = name,
                Aliases = r.StringList(o, "aliases"),
                Demonyms = r.StringList(o, "demonyms"),
                Metonyms = r.StringList(o, "metonyms"),
                Role = r.String(o, "role", required: false),
                Identifiers = identifiers,
                Description = r.String(o, "description", required: false),
                Mentions = mentions.ToImmutable(),
                Isolated = r.String(o, "isolated", required: false),
            };
            if (entity is not null && !s.Entities.TryAdd(entity.Id, entity))
            {
                r.Problem(o.Get("id")!, $"The entity id \"{entity.Id}\" is used twice (first in {s.EntityFiles[entity.Id]}).");
            }
            else if (entity is not null)
            {
                s.EntityFiles[entity.Id] = r.File;
            }
        }
    }

    private static void CheckIdentifiers(FileReader r, JsonObjectNode o, ImmutableSortedDictionary<string, string> identifiers)
    {
        if (o.Get("identifiers") is not JsonObjectNode node)
        {
            return;
        }

        foreach (var (scheme, value) in identifiers)
        {
            var ok = scheme switch
            {
                "iso3166Alpha2" => value.Length == 2 && value.All(char.IsAsciiLetterUpper),
                "iso3166Alpha3" => value.Length == 3 && value.All(char.IsAsciiLetterUpper),
                "iso3166Numeric" => value.Length == 3 && value.All(char.IsAsciiDigit),
                "wikidata" => value.Length > 1 && value[0] == 'Q' && value[1..].All(char.IsAsciiDigit),
                _ => true,
            };
            if (!ok)
            {
                r.Problem(node.Get(scheme)!, $"The identifier {scheme} = \"{value}\" is not well formed.");
            }
        }
    }

    private static void ReadRelations(FileReader r, JsonNode root, LoadState s, List<string> notices)
    {
        var top = r.Object(root, "the file's top level", "$schema", "document", "status", "relations", "evidenceAdditions");
        if (top is null || IsDraft(r, top, notices))
        {
            return;
        }

        var defaultDocument = r.Id(top, "document", required: false);
        if (defaultDocument is not null && !s.Documents.ContainsKey(defaultDocument))
        {
            r.Problem(top.Get("document")!, $"\"document\" is \"{defaultDocument}\", which is not a document of the data set ({string.Join(", ", s.Documents.Keys)}).");
        }

        foreach (var item in r.Array(top, "relations", required: true)?.Items ?? [])
        {
            ReadRelation(r, item, s, defaultDocument);
        }

        foreach (var item in r.Array(top, "evidenceAdditions", required: false)?.Items ?? [])
        {
            var o = r.Object(item, "an evidence addition", "relation", "evidence");
            if (o is null)
            {
                continue;
            }

            var relation = r.Id(o, "relation", required: true);
            var evidenceNode = r.Array(o, "evidence", required: true);
            if (evidenceNode is not null && evidenceNode.Items.Count == 0)
            {
                r.Problem(evidenceNode, "An evidence addition needs at least one piece of evidence.");
            }

            var evidence = (evidenceNode?.Items ?? []).Select(e => ReadEvidence(r, e, s, defaultDocument)).OfType<Evidence>().ToImmutableArray();
            if (relation is not null && !evidence.IsEmpty)
            {
                s.EvidenceAdditions.Add((r, o.Get("relation")!, relation, evidence));
            }
        }
    }

    /// <summary>
    /// Reads a file's "status": "unreviewed" marks a draft (for instance written by the extractor), which is
    /// skipped and named in the notices until a person reviews it; "reviewed" or no status loads the file.
    /// </summary>
    private static bool IsDraft(FileReader r, JsonObjectNode top, List<string> notices)
    {
        var status = r.String(top, "status", required: false) ?? "reviewed";
        if (status == "unreviewed")
        {
            notices.Add($"{r.File} is an unreviewed draft and was not loaded; review it and set \"status\" to \"reviewed\".");
            return true;
        }

        if (status != "reviewed")
        {
            r.Problem(top.Get("status")!, $"\"status\" is \"{status}\", which is not one of: reviewed, unreviewed.");
        }

        return false;
    }

    private static void ReadRelation(FileReader r, JsonNode item, LoadState s, string? defaultDocument)
    {
        var o = r.Object(item, "a relation", "id", "type", "source", "target", "time", "certainty", "implicit", "qualifiers", "evidence");
        if (o is null)
        {
            return;
        }

        var id = r.Id(o, "id", required: true);
        var typeName = r.String(o, "type", required: true);
        var source = r.Id(o, "source", required: true);
        var target = r.Id(o, "target", required: true);
        var certainty = r.Enum<Certainty>(o, "certainty", required: true);
        RelationType? type = null;
        if (typeName is not null && !s.Types.TryGetValue(typeName, out type))
        {
            r.Problem(o.Get("type")!, $"\"type\" is \"{typeName}\", which is not a relation type of the vocabulary{Suggest(typeName, s.Types.Keys)}.");
        }

        var sourceEntity = CheckEnd(r, o, "source", source, s, type?.SourceKinds, type);
        var targetEntity = CheckEnd(r, o, "target", target, s, type?.TargetKinds, type);
        if (source is not null && source == target)
        {
            r.Problem(o.Get("target")!, $"The relation links \"{source}\" to itself.");
        }

        var time = ReadTime(r, o);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var evidenceNode = r.Array(o, "evidence", required: true);
        if (evidenceNode is not null && evidenceNode.Items.Count == 0)
        {
            r.Problem(evidenceNode, "A relation needs at least one piece of evidence.");
        }

        foreach (var e in evidenceNode?.Items ?? [])
        {
            if (ReadEvidence(r, e, s, defaultDocument) is { } ev)
            {
                evidence.Add(ev);
            }
        }

        if (id is null || type is null || sourceEntity is null || targetEntity is null || certainty is null || time is null || evidence.Count == 0)
        {
            return;
        }

        if (!s.RelationIds.TryAdd(id, r.File))
        {
            r.Problem(o.Get("id")!, $"The relation id \"{id}\" is used twice (first in {s.RelationIds[id]}).");
            return;
        }

        s.Relations.Add(new Relation
        {
            Id = id,
            Type = type.Name,
            Source = source!,
            Target = target!,
            Time = time,
            Certainty = certainty.Value,
            Implicit = r.Bool(o, "implicit") ?? false,
            Qualifiers = r.StringMap(o, "qualifiers"),
            Evidence = evidence.ToImmutable(),
        });
    }

    private static Entity? CheckEnd(FileReader r, JsonObjectNode o, string end, string? id, LoadState s, ImmutableArray<string>? allowed, RelationType? type)
    {
        if (id is null)
        {
            return null;
        }

        if (!s.Entities.TryGetValue(id, out var entity))
        {
            r.Problem(o.Get(end)!, $"\"{end}\" is \"{id}\", which is not an entity of the data set{Suggest(id, s.Entities.Keys)}.");
            return null;
        }

        if (allowed is { } kinds && !kinds.Contains(entity.Kind))
        {
            r.Problem(o.Get(end)!, $"\"{end}\" is \"{id}\", a {entity.Kind}, but the relation type \"{type!.Name}\" allows only {string.Join(", ", kinds)} as {end}.");
            return null;
        }

        return entity;
    }

    private static RelationTime? ReadTime(FileReader r, JsonObjectNode o)
    {
        var node = o.Get("time");
        if (node is null || node is JsonValueNode { ValueKind: System.Text.Json.JsonValueKind.Null })
        {
            return RelationTime.Unknown;
        }

        var t = r.Object(node, "a time", "point", "start", "end");
        if (t is null)
        {
            return null;
        }

        var problemsBefore = (t.Get("point"), t.Get("start"), t.Get("end"));
        var point = r.Date(t, "point");
        var start = r.Date(t, "start");
        var end = r.Date(t, "end");
        if ((problemsBefore.Item1 is not null && point is null) || (problemsBefore.Item2 is not null && start is null) || (problemsBefore.Item3 is not null && end is null))
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

    private static Evidence? ReadEvidence(FileReader r, JsonNode node, LoadState s, string? defaultDocument)
    {
        var e = r.Object(node, "evidence", "document", "paragraph", "footnote", "note", "background", "citation");
        if (e is null)
        {
            return null;
        }

        var background = r.Bool(e, "background") ?? false;
        var note = r.String(e, "note", required: background);
        if (background)
        {
            var c = r.Object(e.Get("citation"), "a citation", "outlet", "title", "url", "accessed");
            if (c is null)
            {
                r.Problem(e, "Background evidence needs a \"citation\" with at least an \"outlet\".");
                return null;
            }

            var outlet = r.String(c, "outlet", required: true);
            return outlet is null ? null : new Evidence
            {
                Background = true,
                Note = note,
                Citation = new Citation { Outlet = outlet, Title = r.String(c, "title", false), Url = r.String(c, "url", false), Accessed = r.Date(c, "accessed") },
            };
        }

        if (e.Get("citation") is { } stray)
        {
            r.Problem(stray, "Only background evidence carries its own \"citation\"; document evidence cites through \"footnote\".");
        }

        var document = r.Id(e, "document", required: defaultDocument is null) ?? defaultDocument;
        var paragraph = r.Int(e, "paragraph", required: true, min: 1);
        var footnote = r.Int(e, "footnote", required: false, min: 1);
        if (document is null || paragraph is null)
        {
            return null;
        }

        if (!s.Documents.TryGetValue(document, out var doc))
        {
            r.Problem(e.Get("document") ?? e, $"\"document\" is \"{document}\", which is not a document of the data set ({string.Join(", ", s.Documents.Keys)}).");
            return null;
        }

        if (paragraph > doc.ParagraphCount)
        {
            r.Problem(e.Get("paragraph")!, $"\"paragraph\" is {paragraph}, but the document \"{document}\" has only {doc.ParagraphCount} paragraphs.");
            return null;
        }

        Citation? citation = null;
        if (footnote is { } fn)
        {
            var found = doc.Footnotes.FirstOrDefault(f => f.Number == fn);
            if (found is null)
            {
                r.Problem(e.Get("footnote")!, $"\"footnote\" is {fn}, but the document \"{document}\" defines footnotes {(doc.Footnotes.IsEmpty ? "none" : string.Join(", ", doc.Footnotes.Select(f => f.Number)))}.");
                return null;
            }

            citation = found.Citation;
        }

        return new Evidence { Document = document, Paragraph = paragraph, Footnote = footnote, Note = note, Citation = citation };
    }

    private static string Suggest(string value, IEnumerable<string> candidates)
    {
        // An edit distance costs length x length per candidate: a long pasted value gets no suggestion.
        if (value.Length > 100)
        {
            return string.Empty;
        }

        var close = candidates
            .Select(c => (c, d: Text.TextDistance.Levenshtein(value, c)))
            .Where(x => x.d <= Math.Max(2, value.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal)
            .Take(3)
            .Select(x => $"\"{x.c}\"")
            .ToList();
        return close.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", close)}?";
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();

    private sealed class LoadState(List<DataProblem> problems)
    {
        private readonly List<(FileReader Reader, JsonNode Node, string Id, string What)> deferred = [];

        public Dictionary<string, EntityKind> Kinds { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, RelationType> Types { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, SourceDocument> Documents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> EntityFiles { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> RelationIds { get; } = new(StringComparer.Ordinal);

        public List<Relation> Relations { get; } = [];

        /// <summary>Gets evidence that reviewed drafts add to relations of other files, applied after every file is read.</summary>
        public List<(FileReader Reader, JsonNode Node, string Relation, ImmutableArray<Evidence> Evidence)> EvidenceAdditions { get; } = [];

        public void ApplyEvidenceAdditions()
        {
            foreach (var (r, node, id, evidence) in EvidenceAdditions)
            {
                var index = Relations.FindIndex(x => x.Id == id);
                if (index < 0)
                {
                    r.Problem(node, $"\"relation\" is \"{id}\", which is not a relation of the data set{Suggest(id, Relations.Select(x => x.Id))}.");
                    continue;
                }

                Relations[index] = Relations[index] with { Evidence = Relations[index].Evidence.AddRange(evidence) };
            }
        }

        public void DeferEntityReference(FileReader r, JsonNode node, string id, string what) => deferred.Add((r, node, id, what));

        public void CheckParagraph(FileReader r, JsonNode node, string document, int paragraph)
        {
            if (Documents.TryGetValue(document, out var doc) && (paragraph < 1 || paragraph > doc.ParagraphCount))
            {
                r.Problem(node, $"Paragraph {paragraph} is outside the document \"{document}\", which has paragraphs 1 to {doc.ParagraphCount}.");
            }
        }

        public void CheckDeferredReferences()
        {
            foreach (var (r, node, id, what) in deferred)
            {
                if (!Entities.ContainsKey(id))
                {
                    r.Problem(node, $"The {what} \"{id}\" is not an entity of the data set{Suggest(id, Entities.Keys)}.");
                }
            }

            _ = problems;
        }
    }
}
