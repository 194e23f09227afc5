using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Writes entity-resolution decisions into a data folder's <c>resolution.json</c> (created when absent): accepting a
/// merge, rejecting one, splitting one. Each change is checked by loading the whole folder with the new file in
/// memory before anything is written, and the file is then replaced atomically (a temporary file moved over it),
/// so the folder always loads and a refused change leaves the file as it was.
/// </summary>
public static class ResolutionFile
{
    private const string SchemaPath = "schema/resolution.schema.json";

    /// <summary>
    /// Merges <paramref name="referents"/> into <paramref name="canonical"/>. An id that is already a referent counts as
    /// its canonical entity; a referent that is itself the canonical entity of a merge brings its referents along;
    /// an existing merge into <paramref name="canonical"/> gains the new referents.
    /// </summary>
    /// <param name="directory">The data folder.</param>
    /// <param name="canonical">The entity that stays.</param>
    /// <param name="referents">The entities merged into it, of the same kind.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="note">Why, in the decider's words, or <see langword="null"/>.</param>
    /// <returns>The path of the file written.</returns>
    /// <exception cref="GraphDataException">The folder or its resolution file has problems, or the change would make the folder fail to load (an unknown id, kinds that differ, a rejected pair); every problem names its file and place.</exception>
    public static string Accept(string directory, string canonical, IReadOnlyList<string> referents, string decidedBy, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentNullException.ThrowIfNull(referents);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        return Edit(directory, (file, merges, _) =>
        {
            string CanonicalOf(string id) =>
                merges.OfType<JsonObject>().FirstOrDefault(m => Ids(m, "referents").Contains(id, StringComparer.Ordinal)) is { } m ? (string?)m["canonical"] ?? id : id;

            var target = CanonicalOf(canonical);
            var merge = merges.OfType<JsonObject>().FirstOrDefault(m => (string?)m["canonical"] == target);
            var added = new List<string>();
            foreach (var id in referents.Select(CanonicalOf).Distinct(StringComparer.Ordinal))
            {
                if (id == target)
                {
                    throw Problem(file, $"\"{string.Join("\", \"", referents.Prepend(canonical))}\": \"{id}\" is already the entity \"{target}\" (the same id or already merged into it).");
                }

                added.Add(id);
                if (merges.OfType<JsonObject>().FirstOrDefault(m => (string?)m["canonical"] == id) is { } absorbed)
                {
                    added.AddRange(Ids(absorbed, "referents"));
                    merges.Remove(absorbed);
                }
            }

            if (merge is null)
            {
                merge = new JsonObject { ["canonical"] = target, ["referents"] = new JsonArray() };
                merges.Add(merge);
            }

            var list = (JsonArray)merge["referents"]!;
            foreach (var id in added.Where(id => !Ids(merge, "referents").Contains(id, StringComparer.Ordinal)))
            {
                list.Add(id);
            }

            merge["decidedBy"] = decidedBy;
            if (note is not null)
            {
                merge["note"] = merge["note"] is { } earlier ? $"{(string?)earlier} {note}" : note;
            }
        });
    }

    /// <summary>Records that <paramref name="ids"/> stay apart: a merge proposer never proposes them again.</summary>
    /// <param name="directory">The data folder.</param>
    /// <param name="ids">At least two different entity ids.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="note">Why, in the decider's words, or <see langword="null"/>.</param>
    /// <returns>The path of the file written.</returns>
    /// <exception cref="GraphDataException">The folder or its resolution file has problems, or the change would make the folder fail to load (an unknown id, ids that a merge joins); every problem names its file and place.</exception>
    public static string Reject(string directory, IReadOnlyList<string> ids, string decidedBy, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        return Edit(directory, (file, _, rejected) =>
        {
            var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
            if (distinct.Length < 2)
            {
                throw Problem(file, $"A rejected merge names at least two different ids; got \"{string.Join("\", \"", ids)}\".");
            }

            if (rejected.OfType<JsonObject>().Any(r => distinct.All(Ids(r, "ids").Contains)))
            {
                return;
            }

            var entry = new JsonObject { ["ids"] = new JsonArray([.. distinct.Select(id => JsonValue.Create(id))]), ["decidedBy"] = decidedBy };
            if (note is not null)
            {
                entry["note"] = note;
            }

            rejected.Add(entry);
        });
    }

    /// <summary>
    /// Splits a merge: when <paramref name="id"/> is a canonical entity its whole merge entry goes, when it is a
    /// referent only that id leaves its merge (and the entry goes once no referent is left). The entity files are not
    /// touched, so the next load has the entities back with their own relations.
    /// </summary>
    /// <param name="directory">The data folder.</param>
    /// <param name="id">A canonical or referent id of a merge.</param>
    /// <returns>The path of the file written.</returns>
    /// <exception cref="GraphDataException">No merge names <paramref name="id"/>, or the folder or its resolution file has problems.</exception>
    public static string Split(string directory, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Edit(directory, (file, merges, _) =>
        {
            if (merges.OfType<JsonObject>().FirstOrDefault(m => (string?)m["canonical"] == id) is { } whole)
            {
                merges.Remove(whole);
                return;
            }

            if (merges.OfType<JsonObject>().FirstOrDefault(m => Ids(m, "referents").Contains(id, StringComparer.Ordinal)) is not { } merge)
            {
                throw Problem(file, $"No merge names \"{id}\"; the merges are: {(merges.Count == 0 ? "none" : string.Join("; ", merges.OfType<JsonObject>().Select(m => $"{(string?)m["canonical"]} <- {string.Join(", ", Ids(m, "referents"))}")))}.");
            }

            var list = (JsonArray)merge["referents"]!;
            list.Remove(list.First(n => (string?)n == id));
            if (list.Count == 0)
            {
                merges.Remove(merge);
            }
        });
    }

    private static string Edit(string directory, Action<string, JsonArray, JsonArray> change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = GraphDataSource.FromDirectory(directory);
        var path = Path.Combine(Path.GetFullPath(directory), DataFileLayout.ResolutionFile);
        var existing = files.FirstOrDefault(f => f.Path == DataFileLayout.ResolutionFile);
        var root = Parse(existing?.Content, path);

        var merges = Section(root, "merges", path);
        var rejected = Section(root, "rejected", path);
        change(path, merges, rejected);
        if (merges.Count == 0)
        {
            root.Remove("merges");
        }

        if (rejected.Count == 0)
        {
            root.Remove("rejected");
        }

        var content = Serialize(root);

        // Check by loading the whole folder with the new file in memory, so a bad decision never reaches the disk.
        GraphLoader.Load([.. files.Where(f => f.Path != DataFileLayout.ResolutionFile), new GraphDataFile(DataFileLayout.ResolutionFile, content)]);

        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>
    /// Gets the content of <c>resolution.json</c> with judgements added (the file is created when absent); the review
    /// writes it together with the reviewed files, after checking the folder loads with all of them.
    /// </summary>
    /// <param name="existing">The file's bytes, or <see langword="null"/> when there is none.</param>
    /// <param name="path">The file's path, for a problem.</param>
    /// <param name="relations">Rejected relation candidates to add.</param>
    /// <param name="links">Rejected links to add.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="GraphDataException">The file is not valid JSON or its sections are not of their shape.</exception>
    internal static byte[] WithJudgements(byte[]? existing, string path, IEnumerable<RejectedRelation> relations, IEnumerable<RejectedLink> links)
    {
        var root = Parse(existing, path);
        var judgements = root["judgements"] switch
        {
            null => (JsonObject)(root["judgements"] = new JsonObject()),
            JsonObject o => o,
            _ => throw Problem(path, "\"judgements\" is not an object; fix the file before recording a judgement."),
        };
        var relationList = Section(judgements, "relations", path);
        foreach (var j in relations)
        {
            relationList.Add(Node(w => DataFileWriter.WriteRejectedRelation(w, j)));
        }

        var linkList = Section(judgements, "links", path);
        foreach (var j in links)
        {
            linkList.Add(Node(w => DataFileWriter.WriteRejectedLink(w, j)));
        }

        foreach (var name in new[] { "relations", "links" }.Where(n => judgements[n] is JsonArray { Count: 0 }))
        {
            judgements.Remove(name);
        }

        return Serialize(root);
    }

    private static JsonObject Parse(byte[]? existing, string path)
    {
        try
        {
            return existing is null
                ? new JsonObject { ["$schema"] = SchemaPath }
                : JsonNode.Parse(existing) as JsonObject ?? throw Problem(path, "The file's top level is not an object.");
        }
        catch (JsonException e)
        {
            throw new GraphDataException([new DataProblem(path, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), null, "The file is not valid JSON; fix it before recording a decision.")]);
        }
    }

    private static JsonNode Node(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        return JsonNode.Parse(stream.ToArray())!;
    }

    private static JsonArray Section(JsonObject root, string name, string path)
    {
        switch (root[name])
        {
            case null:
                var created = new JsonArray();
                root[name] = created;
                return created;
            case JsonArray array:
                return array;
            default:
                throw Problem(path, $"\"{name}\" is not a list; fix the file before recording a decision.");
        }
    }

    private static string[] Ids(JsonObject o, string name) =>
        o[name] is JsonArray a ? [.. a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty)] : [];

    private static byte[] Serialize(JsonObject root)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, DataFileWriter.Options))
        {
            root.WriteTo(w);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static GraphDataException Problem(string path, string message) =>
        new([new DataProblem(path, null, null, null, message)]);
}
