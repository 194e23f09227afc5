using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>A named entity of a gold reading (<c>NN-slug.facts.json</c>).</summary>
/// <param name="Name">The name the facts file gives it; relations refer to it by this name or an alias.</param>
/// <param name="Kind">The entity kind, a name of the vocabulary's kinds.</param>
/// <param name="Aliases">Other forms the text uses.</param>
/// <param name="Role">The office of an official, if the text gives one.</param>
/// <param name="State">The state an official serves, if any.</param>
/// <param name="GraphId">The id of the same entity in the graph, when the graph has it.</param>
public sealed record GoldEntity(string Name, string Kind, ImmutableArray<string> Aliases, string? Role, string? State, string? GraphId);

/// <summary>A relation the text states, as a careful reader takes it.</summary>
/// <param name="Source">The source entity's name in the facts file.</param>
/// <param name="Type">The relation type's name in the vocabulary.</param>
/// <param name="Target">The target entity's name in the facts file.</param>
/// <param name="Certainty">How the text puts it: stated, reported, hedged, hypothetical or denied.</param>
/// <param name="Paragraph">The paragraph that states it (from 1, title included).</param>
/// <param name="Modality">What makes it less than stated (readiness, intent, condition, negation, ...), or <see langword="null"/>.</param>
/// <param name="Optional">Whether it is an implied reading: not counted in recall, but a proposal matching it is not wrong.</param>
public sealed record GoldRelation(string Source, string Type, string Target, Certainty Certainty, int Paragraph, string? Modality, bool Optional);

/// <summary>A fact a careless extractor would invent from the text; proposing it as a fact counts as an invented fact.</summary>
/// <param name="Source">The source entity's name in the facts file.</param>
/// <param name="Type">The relation type's name in the vocabulary.</param>
/// <param name="Target">The target entity's name in the facts file.</param>
/// <param name="Why">Why the text does not support it.</param>
public sealed record ForbiddenRelation(string Source, string Type, string Target, string Why);

/// <summary>One problem of a facts file, located by file and JSON path.</summary>
/// <param name="File">The facts file.</param>
/// <param name="Path">The JSON path of the bad value, e.g. <c>$.relations[3].type</c>.</param>
/// <param name="Message">What is wrong, naming the bad value.</param>
public sealed record FactsProblem(string File, string Path, string Message)
{
    /// <summary>Formats the problem as "file: $.path: message".</summary>
    /// <returns>The problem in one line.</returns>
    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>Thrown when a facts file is not valid JSON or does not fit the graph's vocabulary; lists every problem found.</summary>
public sealed class FactsFileException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FactsFileException"/> class.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public FactsFileException(IEnumerable<FactsProblem> problems)
        : this([.. problems], 0)
    {
    }

    private FactsFileException(ImmutableArray<FactsProblem> problems, int unused)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        _ = unused;
        Problems = problems;
    }

    /// <summary>Gets the problems, in file order.</summary>
    public ImmutableArray<FactsProblem> Problems { get; }
}

/// <summary>
/// The gold reading of one development-corpus article (<c>NN-slug.facts.json</c>, described by
/// <c>tests/extraction-corpus/facts.schema.json</c>): its entities, the relations it states and the facts an
/// extractor must not invent. Loading checks it against the graph: relation types and entity kinds of the
/// vocabulary, ends that name entities of the file, kinds the type allows, graph ids that exist, certainties.
/// </summary>
public sealed class CorpusFacts
{
    private static readonly string[] Certainties = ["stated", "reported", "hedged", "hypothetical", "denied"];
    private static readonly string[] Modalities = ["readiness", "intent", "plan", "ability", "possibility", "condition", "negation", "denial", "claim"];

    private readonly Dictionary<string, GoldEntity> byForm;

    private CorpusFacts(string file, string article, string genre, ImmutableArray<GoldEntity> entities, ImmutableArray<GoldRelation> relations, ImmutableArray<ForbiddenRelation> mustNotPropose, Dictionary<string, GoldEntity> byForm)
    {
        File = file;
        Article = article;
        Genre = genre;
        Entities = entities;
        Relations = relations;
        MustNotPropose = mustNotPropose;
        this.byForm = byForm;
    }

    /// <summary>Gets the facts file's path as given.</summary>
    public string File { get; }

    /// <summary>Gets the article's file name (in the same folder).</summary>
    public string Article { get; }

    /// <summary>Gets the genre the article imitates.</summary>
    public string Genre { get; }

    /// <summary>Gets the entities the text names.</summary>
    public ImmutableArray<GoldEntity> Entities { get; }

    /// <summary>Gets the relations the text states, required and optional.</summary>
    public ImmutableArray<GoldRelation> Relations { get; }

    /// <summary>Gets the facts an extractor must not propose.</summary>
    public ImmutableArray<ForbiddenRelation> MustNotPropose { get; }

    /// <summary>Gets the entity a relation end names (its name or an alias).</summary>
    /// <param name="nameOrAlias">The end as written in the facts file.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="KeyNotFoundException">No entity of the file has that name or alias.</exception>
    public GoldEntity Entity(string nameOrAlias) => byForm[nameOrAlias];

    /// <summary>Reads and checks a facts file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="graph">The graph whose vocabulary and entities the file must use.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="FactsFileException">The file is not valid JSON or has problems; each is located.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CorpusFacts Load(string path, Graph graph) => Parse(System.IO.File.ReadAllText(path), path, graph);

    /// <summary>Parses and checks the text of a facts file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="graph">The graph whose vocabulary and entities the file must use.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="FactsFileException">The text is not valid JSON or has problems; each is located.</exception>
    public static CorpusFacts Parse(string json, string file, Graph graph)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(graph);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}") : "$";
            // The position is the exception's own data; its message (the parser's wording) is not parsed.
            throw new FactsFileException([new FactsProblem(file, where, "not valid JSON: the parser stops here (a missing comma, quote or bracket, or a trailing comma)")]);
        }

        using (document)
        {
            return new Reader(file, graph).Read(document.RootElement);
        }
    }

    private sealed class Reader(string file, Graph graph)
    {
        private readonly List<FactsProblem> problems = [];

        public CorpusFacts Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FactsFileException([new FactsProblem(file, "$", "the file must hold one JSON object")]);
            }

            var article = String(root, "$", "article", required: true) ?? string.Empty;
            var genre = String(root, "$", "genre", required: true) ?? string.Empty;
            var entities = new List<GoldEntity>();
            var byForm = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
            foreach (var (e, at) in Items(root, "$", "entities"))
            {
                var name = String(e, at, "name", required: true);
                var kind = String(e, at, "kind", required: true);
                if (kind is not null && graph.EntityKinds.All(k => k.Name != kind))
                {
                    Problem($"{at}.kind", $"unknown entity kind \"{kind}\" (kinds: {string.Join(", ", graph.EntityKinds.Select(k => k.Name))})");
                }

                var aliases = Strings(e, at, "aliases");
                var graphId = String(e, at, "graphId", required: false);
                if (graphId is not null)
                {
                    var known = graph.FindEntity(graphId);
                    if (known is null)
                    {
                        Problem($"{at}.graphId", $"the graph has no entity \"{graphId}\"");
                    }
                    else if (kind is not null && known.Kind != kind)
                    {
                        Problem($"{at}.kind", $"\"{kind}\", but graph entity \"{graphId}\" is a {known.Kind}");
                    }
                }

                if (name is null || kind is null)
                {
                    continue;
                }

                var entity = new GoldEntity(name, kind, aliases, String(e, at, "role", required: false), String(e, at, "state", required: false), graphId);
                entities.Add(entity);
                foreach (var (form, formAt) in new[] { (name, $"{at}.name") }.Concat(aliases.Select((a, i) => (a, $"{at}.aliases[{i}]"))))
                {
                    if (!byForm.TryAdd(form, entity))
                    {
                        Problem(formAt, $"\"{form}\" already names entity \"{byForm[form].Name}\"");
                    }
                }
            }

            var relations = new List<GoldRelation>();
            foreach (var (r, at) in Items(root, "$", "relations"))
            {
                var (source, type, target) = Triple(r, at, byForm);
                var certaintyText = String(r, at, "certainty", required: true);
                Certainty certainty = default;
                if (certaintyText is not null && !(Certainties.Contains(certaintyText) && Enum.TryParse(certaintyText, ignoreCase: true, out certainty)))
                {
                    Problem($"{at}.certainty", $"unknown certainty \"{certaintyText}\" (one of {string.Join(", ", Certainties)})");
                }

                var paragraph = 0;
                if (!r.TryGetProperty("paragraph", out var p))
                {
                    Problem(at, "\"paragraph\" is missing");
                }
                else if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out paragraph) || paragraph < 1)
                {
                    Problem($"{at}.paragraph", $"{p.GetRawText()} is not a paragraph number (1 or more)");
                }

                string? modality = null;
                if (r.TryGetProperty("modality", out var m) && m.ValueKind != JsonValueKind.Null)
                {
                    modality = m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText();
                    if (!Modalities.Contains(modality))
                    {
                        Problem($"{at}.modality", $"unknown modality \"{modality}\" (one of {string.Join(", ", Modalities)})");
                    }
                }

                var optional = r.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
                if (source is not null && type is not null && target is not null && certaintyText is not null)
                {
                    relations.Add(new GoldRelation(source, type, target, certainty, paragraph, modality, optional));
                }
            }

            var forbidden = new List<ForbiddenRelation>();
            foreach (var (r, at) in Items(root, "$", "mustNotPropose"))
            {
                var (source, type, target) = Triple(r, at, byForm);
                var why = String(r, at, "why", required: true);
                if (source is not null && type is not null && target is not null)
                {
                    forbidden.Add(new ForbiddenRelation(source, type, target, why ?? string.Empty));
                }
            }

            if (problems.Count > 0)
            {
                throw new FactsFileException(problems);
            }

            return new CorpusFacts(file, article, genre, [.. entities], [.. relations], [.. forbidden], byForm);
        }

        private (string? Source, string? Type, string? Target) Triple(JsonElement r, string at, Dictionary<string, GoldEntity> byForm)
        {
            var source = String(r, at, "source", required: true);
            var type = String(r, at, "type", required: true);
            var target = String(r, at, "target", required: true);
            foreach (var (end, name) in new[] { ("source", source), ("target", target) })
            {
                if (name is not null && !byForm.ContainsKey(name))
                {
                    Problem($"{at}.{end}", $"unknown entity name \"{name}\": not a name or alias in \"entities\"");
                }
            }

            var relationType = type is null ? null : graph.FindRelationType(type);
            if (type is not null && relationType is null)
            {
                Problem($"{at}.type", $"unknown relation type \"{type}\"{Suggest(type)}");
            }

            if (relationType is not null && source is not null && target is not null && byForm.TryGetValue(source, out var s) && byForm.TryGetValue(target, out var t)
                && !Fits(relationType, s.Kind, t.Kind))
            {
                Problem($"{at}.type", $"\"{type}\" does not allow a {s.Kind} (\"{source}\") as source and a {t.Kind} (\"{target}\") as target");
            }

            return (source, type, target);
        }

        private static bool Fits(RelationType type, string source, string target) =>
            (type.SourceKinds.Contains(source) && type.TargetKinds.Contains(target))
            || (type.Symmetric && type.SourceKinds.Contains(target) && type.TargetKinds.Contains(source));

        private string Suggest(string type)
        {
            var closest = Suggestions.Closest(type, graph.RelationTypes.Select(t => t.Name), count: 1);
            return closest.Count > 0 ? Suggestions.DidYouMean(closest, quote: "\"") : " (not in the vocabulary)";
        }

        private IEnumerable<(JsonElement Item, string At)> Items(JsonElement parent, string at, string name)
        {
            if (!parent.TryGetProperty(name, out var array))
            {
                Problem(at, $"\"{name}\" is missing");
                yield break;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Problem($"{at}.{name}", $"must be an array, not {array.ValueKind.ToString().ToLowerInvariant()}");
                yield break;
            }

            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemAt = string.Create(CultureInfo.InvariantCulture, $"{at}.{name}[{i++}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Problem(itemAt, "must be an object");
                    continue;
                }

                yield return (item, itemAt);
            }
        }

        private string? String(JsonElement parent, string at, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(at, $"\"{name}\" is missing");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                Problem($"{at}.{name}", $"{value.GetRawText()} is not a non-empty string");
                return null;
            }

            return value.GetString();
        }

        private ImmutableArray<string> Strings(JsonElement parent, string at, string name)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Problem($"{at}.{name}", "must be an array of strings");
                return [];
            }

            var list = new List<string>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    list.Add(item.GetString()!);
                }
                else
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"{at}.{name}[{i}]"), $"{item.GetRawText()} is not a non-empty string");
                }

                i++;
            }

            return [.. list];
        }

        private void Problem(string path, string message) => problems.Add(new FactsProblem(file, path, message));
    }
}
