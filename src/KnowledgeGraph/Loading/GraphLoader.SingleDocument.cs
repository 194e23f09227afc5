using System.Security.Cryptography;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Loads the single-document JSON that the KnowledgeGraphJson export writes: the data files' sections
/// (<c>entityKinds</c>, <c>relationTypes</c>, <c>documents</c>, <c>entities</c>, <c>relations</c>) side by side in
/// one object, each handed to the same section reader as in a data folder, so problems point at lines of that file.
/// Its optional <c>resolution</c> section has the shape of <c>resolution.json</c>; the export writes merged entities
/// already folded, so a merge there gives its canonical entity the referent ids and folds nothing.
/// </summary>
internal static partial class GraphLoader
{
    /// <summary>The name problems give for the single document.</summary>
    public const string SingleDocumentFile = "graph.json";

    public static Graph LoadSingleDocument(byte[] content)
    {
        var state = new LoadState();
        var r = state.Reader(SingleDocumentFile);
        var root = PositionedJsonParser.Parse(content, r.File, state.Problems);
        var top = root is null ? null : r.Object(root, "the file's top level",
            "$schema", "format", "formatVersion", "entityKinds", "relationTypes", "documents", "entities", "relations", "resolution");
        if (top is not null)
        {
            CheckSingleDocumentFormat(r, top);
            var vocabulary = new VocabularyReader(r, state);
            vocabulary.ReadEntityKinds(r.Array(top, "entityKinds", required: true));
            vocabulary.ReadRelationTypes(r.Array(top, "relationTypes", required: true));
            var documents = new DocumentReader(r, state);
            foreach (var document in r.Array(top, "documents", required: false)?.Items ?? [])
            {
                documents.Read(document);
            }

            new EntityReader(r, state).Read(r.Array(top, "entities", required: true));
            new RelationReader(r, state).ReadRelations(r.Array(top, "relations", required: true), defaultDocument: null);
            if (top.Get("resolution") is { } resolution)
            {
                state.MergesApplied = true;
                new ResolutionReader(r, state).Read(resolution, "the resolution section");
            }
        }

        return state.Finish(DocumentVersion(content));
    }

    /// <summary>Gets the version of a single document: the start of its SHA-256, like a data folder's version.</summary>
    private static string DocumentVersion(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];

    private static void CheckSingleDocumentFormat(FileReader r, PositionedJsonObject top)
    {
        var format = r.String(top, "format", required: true);
        if (format is not null && format != DataFileLayout.SingleDocumentFormat)
        {
            r.Problem(top.Get("format")!, $"\"format\" is \"{format}\", but a KnowledgeGraph JSON export says \"{DataFileLayout.SingleDocumentFormat}\".");
        }

        var version = r.Int(top, "formatVersion", required: true);
        if (version is not null && version != DataFileLayout.SingleDocumentVersion)
        {
            r.Problem(top.Get("formatVersion")!, $"\"formatVersion\" is {version}, but this library reads version {DataFileLayout.SingleDocumentVersion}.");
        }
    }
}
