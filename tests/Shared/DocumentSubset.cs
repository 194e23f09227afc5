using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A data folder cut down to what one document says: that document's file (without its checked claims, which name
/// other documents) and its relations file, and the entities its relations, its authors and its footnotes name or
/// that it mentions, each keeping only its mentions in that document. Every other document, relations file and
/// entity is left out, and so is <c>resolution.json</c>. For graph-data and the original article this is the graph
/// as it was before other documents were added: the baseline that <c>documents=&lt;that document&gt;</c> must
/// answer like.
/// </summary>
/// <remarks>Compiled into both test projects (linked source).</remarks>
internal static class DocumentSubset
{
    /// <summary>Writes the subset of <paramref name="dataFolder"/> for <paramref name="document"/> to a new temporary folder and returns it (the caller deletes it).</summary>
    public static string WriteFolder(string dataFolder, string document)
    {
        var target = Directory.CreateTempSubdirectory("kg-subset-").FullName;
        foreach (var folder in new[] { "vocabulary", "schema" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(dataFolder, folder)))
            {
                Copy(file, Path.Combine(target, folder, Path.GetFileName(file)));
            }
        }

        var documentNode = Read(Path.Combine(dataFolder, "documents", document + ".json"));
        documentNode["document"]!.AsObject().Remove("claims");
        Write(Path.Combine(target, "documents", document + ".json"), documentNode);

        var relationsNode = Read(Path.Combine(dataFolder, "relations", document + ".json"));
        relationsNode.AsObject().Remove("evidenceAdditions");
        Write(Path.Combine(target, "relations", document + ".json"), relationsNode);

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relationsNode["relations"]!.AsArray())
        {
            named.Add((string)relation!["source"]!);
            named.Add((string)relation["target"]!);
        }

        var doc = documentNode["document"]!;
        foreach (var author in doc["authors"]?.AsArray() ?? [])
        {
            named.Add((string)author!);
        }

        foreach (var footnote in doc["footnotes"]?.AsArray() ?? [])
        {
            if (footnote!["outletEntity"] is { } outlet)
            {
                named.Add((string)outlet!);
            }

            foreach (var author in footnote["authors"]?.AsArray() ?? [])
            {
                named.Add((string)author!);
            }
        }

        if (doc["outletEntity"] is { } outletEntity)
        {
            named.Add((string)outletEntity!);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(dataFolder, "entities"), "*.json"))
        {
            var node = Read(file);
            var kept = new JsonArray();
            foreach (var entity in node["entities"]!.AsArray().ToList())
            {
                var mentions = entity!["mentions"]?.AsArray();
                var own = mentions?.Where(m => (string?)m!["document"] == document).Select(m => m!.DeepClone()).ToList() ?? [];
                if (own.Count == 0 && !named.Contains((string)entity["id"]!))
                {
                    continue;
                }

                var copy = entity.DeepClone().AsObject();
                if (mentions is not null)
                {
                    copy["mentions"] = new JsonArray([.. own]);
                }

                kept.Add(copy);
            }

            node["entities"] = kept;
            Write(Path.Combine(target, "entities", Path.GetFileName(file)), node);
        }

        return target;
    }

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static void Write(string path, JsonNode node)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
