using System.Text.Json;
using KnowledgeGraph.Review;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// A list of review decisions as JSON: the <c>--decisions</c> file of <c>kg review</c> and its session file (the same
/// shape, with the draft's version). Every problem names the file and the field (<c>decisions[2].type</c>).
/// </summary>
/// <remarks>
/// <code>
/// { "draft": "my-article", "draftVersion": "...", "decidedBy": "...",
///   "decisions": [ { "candidate": "relation:...", "action": "accept|reject|link|reject-link|skip",
///                    "type": "...", "certainty": "...", "entity": "...", "end": "source|target", "reason": "..." } ] }
/// </code>
/// </remarks>
internal sealed record DecisionFile(string? Draft, string? DraftVersion, string? DecidedBy, IReadOnlyList<(string Field, ReviewDecision Decision)> Decisions)
{
    private static readonly string[] Actions = ["accept", "reject", "link", "reject-link", "skip"];

    private static readonly string[] Properties = ["candidate", "action", "type", "certainty", "entity", "end", "reason"];

    /// <summary>Reads a decisions file.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or a field is missing or of the wrong shape; the message names the file and the field.</exception>
    public static DecisionFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: the decisions file does not exist.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: the file is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{path}: the top level is not an object {{ \"draft\", \"decisions\": [...] }}.");
            }

            foreach (var p in root.EnumerateObject().Where(p => p.Name is not ("$schema" or "draft" or "draftVersion" or "decidedBy" or "decisions")))
            {
                throw new InputException($"{path}: {p.Name}: unknown property; allowed: draft, draftVersion, decidedBy, decisions.");
            }

            if (!root.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"{path}: decisions: a list of decisions is required.");
            }

            var decisions = new List<(string, ReviewDecision)>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var field = $"decisions[{i++}]";
                decisions.Add((field, ReadDecision(path, field, item)));
            }

            return new DecisionFile(Text(path, root, "draft", "draft"), Text(path, root, "draftVersion", "draftVersion"), Text(path, root, "decidedBy", "decidedBy"), decisions);
        }
    }

    /// <summary>Writes a session file atomically: a temporary file moved over the old one.</summary>
    public static void Write(string path, DraftReview review, string decidedBy)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("draft", review.DocumentId);
            w.WriteString("draftVersion", review.DraftVersion);
            w.WriteString("decidedBy", decidedBy);
            w.WriteStartArray("decisions");
            foreach (var d in review.Decisions)
            {
                w.WriteStartObject();
                w.WriteString("candidate", d.Candidate);
                w.WriteString("action", Actions[(int)d.Action - 1]);
                Optional(w, "type", d.Type);
                Optional(w, "certainty", d.Certainty);
                Optional(w, "entity", d.Entity);
                Optional(w, "end", d.End?.ToString().ToLowerInvariant());
                Optional(w, "reason", d.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        AtomicFile.Write(path, stream.ToArray());
    }

    /// <summary>Applies the decisions to a review (entity decisions first, so a relation is checked against the links), naming the file and field of a bad one.</summary>
    /// <exception cref="InputException">The file is for another draft or another version of it, or a decision has a problem.</exception>
    public void ApplyTo(DraftReview review, string path)
    {
        if (Draft is not null && Draft != review.DocumentId)
        {
            throw new InputException($"{path}: draft: the decisions are for the draft \"{Draft}\", not \"{review.DocumentId}\".");
        }

        if (DraftVersion is not null && DraftVersion != review.DraftVersion)
        {
            throw new InputException($"{path}: draftVersion: the draft changed since these decisions were saved (version {DraftVersion}, now {review.DraftVersion}); delete the file to review it from the start.");
        }

        foreach (var (field, decision) in Decisions.OrderBy(d => d.Decision.Candidate.StartsWith("entity:", StringComparison.Ordinal) ? 0 : 1))
        {
            if (review.Check(decision) is { } problem)
            {
                throw new InputException($"{path}: {field}: {problem}");
            }

            review.Decide(decision);
        }
    }

    private static ReviewDecision ReadDecision(string path, string field, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{path}: {field}: a decision is an object {{ \"candidate\", \"action\", ... }}.");
        }

        foreach (var p in item.EnumerateObject().Where(p => !Properties.Contains(p.Name)))
        {
            throw new InputException($"{path}: {field}.{p.Name}: unknown property; allowed: {string.Join(", ", Properties)}.");
        }

        var candidate = Text(path, item, "candidate", $"{field}.candidate") ?? throw new InputException($"{path}: {field}.candidate: the candidate's key is required (\"relation:ID\", \"entity:ID\" or \"evidence:ID\").");
        var action = Text(path, item, "action", $"{field}.action") ?? throw new InputException($"{path}: {field}.action: required, one of {string.Join(", ", Actions)}.");
        var index = Array.IndexOf(Actions, action);
        if (index < 0)
        {
            throw new InputException($"{path}: {field}.action: \"{action}\" is not one of {string.Join(", ", Actions)}.");
        }

        var end = Text(path, item, "end", $"{field}.end");
        if (end is not null and not ("source" or "target"))
        {
            throw new InputException($"{path}: {field}.end: \"{end}\" is not source or target.");
        }

        return new ReviewDecision
        {
            Candidate = candidate,
            Action = (ReviewAction)(index + 1),
            Type = Text(path, item, "type", $"{field}.type"),
            Certainty = Text(path, item, "certainty", $"{field}.certainty"),
            Entity = Text(path, item, "entity", $"{field}.entity"),
            End = end is null ? null : end == "source" ? RelationEnd.Source : RelationEnd.Target,
            Reason = Text(path, item, "reason", $"{field}.reason"),
        };
    }

    private static string? Text(string path, JsonElement o, string name, string field)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InputException($"{path}: {field}: expected a non-empty string, found {Describe(value)}.");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "an empty string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.GetRawText(),
    };

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
