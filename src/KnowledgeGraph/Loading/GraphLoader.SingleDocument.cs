using System.Security.Cryptography;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Loads the single-document JSON that the KnowledgeGraphJson export writes: the data files' sections
/// (<c>entityKinds</c>, <c>relationTypes</c>, <c>documents</c>, <c>entities</c>, <c>relations</c>) side by side in
/// one object, read by the same readers and checks as a data folder, so problems point at lines of that file.
/// </summary>
internal static partial class GraphLoader
{
    /// <summary>The name problems give for the single document.</summary>
    public const string SingleDocumentFile = "graph.json";

    private const string SingleDocumentFormat = "knowledge-graph";
    private const int SingleDocumentVersion = 1;

    public static Graph LoadSingleDocument(byte[] content)
    {
        var problems = new List<DataProblem>();
        var notices = new List<string>();
        var state = new LoadState(problems);
        var file = new GraphDataFile(SingleDocumentFile, content);
        var root = JsonTreeParser.Parse(content, file.Path, problems);
        var r = new FileReader(file.Path, problems);
        var top = root is null ? null : r.Object(root, "the file's top level",
            "$schema", "format", "formatVersion", "entityKinds", "relationTypes", "documents", "entities", "relations");
        if (top is not null)
        {
            CheckSingleDocumentFormat(r, top);

            // Each section is handed to the data file's reader inside a wrapper object shaped like that file;
            // the nodes themselves keep their lines and JSON paths in the single document.
            ReadEntityKinds(r, Section(top, "entityKinds", top.Get("entityKinds")), state);
            ReadRelationTypes(r, Section(top, "relationTypes", top.Get("relationTypes")), state);
            foreach (var document in r.Array(top, "documents", required: false)?.Items ?? [])
            {
                ReadDocument(r, Section(top, "document", document), state, notices);
            }

            ReadEntities(r, Section(top, "entities", top.Get("entities")), state, notices);
            ReadRelations(r, Section(top, "relations", top.Get("relations")), state, notices);
        }

        return Finish(state, problems, notices, DocumentVersion(content));
    }

    /// <summary>Gets the version of a single document: the start of its SHA-256, like a data folder's version.</summary>
    private static string DocumentVersion(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];

    private static void CheckSingleDocumentFormat(FileReader r, JsonObjectNode top)
    {
        var format = r.String(top, "format", required: true);
        if (format is not null && format != SingleDocumentFormat)
        {
            r.Problem(top.Get("format")!, $"\"format\" is \"{format}\", but a KnowledgeGraph JSON export says \"{SingleDocumentFormat}\".");
        }

        var version = r.Int(top, "formatVersion", required: true);
        if (version is not null && version != SingleDocumentVersion)
        {
            r.Problem(top.Get("formatVersion")!, $"\"formatVersion\" is {version}, but this library reads version {SingleDocumentVersion}.");
        }
    }

    private static JsonObjectNode Section(JsonObjectNode top, string name, JsonNode? value)
    {
        var wrapper = new JsonObjectNode(top.Line, top.Column, top.Path);
        if (value is not null)
        {
            wrapper.Properties.Add(new(name, value));
        }

        return wrapper;
    }
}
