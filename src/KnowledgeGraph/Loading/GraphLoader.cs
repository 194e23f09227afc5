using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Loads a graph data set (the layout of <c>graph-data/</c>: <c>vocabulary/</c>, <c>documents/</c>,
/// <c>entities/</c>, <c>relations/</c>) into an immutable <see cref="Graph"/>, all or nothing.
/// </summary>
/// <remarks>
/// Every problem of a load is collected before failing, each with file, line, column and JSON path. This class knows
/// the files (where each lives, the list it holds, its review status); the section readers (<see cref="VocabularyReader"/>,
/// <see cref="DocumentReader"/>, <see cref="EntityReader"/>, <see cref="RelationReader"/> with <see cref="EvidenceReader"/>
/// and <see cref="TimeReader"/>) know the sections, and the single-document form hands them its sections directly.
/// Document, entity and relation files whose <c>status</c> is <c>unreviewed</c> are drafts: they are skipped and
/// named in <see cref="Graph.Notices"/> until a person reviews them. A relations file may carry
/// <c>evidenceAdditions</c>: evidence for relations of other files (by relation id), appended to them once the file
/// is reviewed, so a new document never overwrites curated statements.
/// </remarks>
internal static partial class GraphLoader
{
    /// <summary>The kinds of data file in the order they are read: each section may refer only to those before it.</summary>
    private static readonly (Func<string, bool> Holds, Action<FileReader, PositionedJson, LoadState> Read)[] DataFiles =
    [
        (p => p == DataFileLayout.EntityKindsFile, ReadEntityKindsFile),
        (p => p == DataFileLayout.RelationTypesFile, ReadRelationTypesFile),
        (p => DataFileLayout.InFolder(p, DataFileLayout.DocumentsFolder), ReadDocumentFile),
        (p => DataFileLayout.InFolder(p, DataFileLayout.EntitiesFolder), ReadEntitiesFile),
        (p => p == DataFileLayout.ResolutionFile, (r, root, s) => new ResolutionReader(r, s).Read(root)),
        (p => DataFileLayout.InFolder(p, DataFileLayout.RelationsFolder), ReadRelationsFile),
    ];

    public static Graph Load(IReadOnlyList<GraphDataFile> files)
    {
        var state = new LoadState();
        var parsed = new List<(GraphDataFile File, PositionedJson Root)>();
        foreach (var file in files.Where(f => !DataFileLayout.IsSchema(f.Path)))
        {
            if (PositionedJsonParser.Parse(file.Content, file.Path, state.Problems) is { } root)
            {
                parsed.Add((file, root));
            }
        }

        foreach (var (holds, read) in DataFiles)
        {
            foreach (var (file, root) in parsed.Where(p => holds(p.File.Path)))
            {
                read(state.Reader(file.Path), root, state);
            }
        }

        foreach (var (file, _) in parsed.Where(p => !IsDataFile(p.File.Path)))
        {
            state.Problems.Add(new DataProblem(file.Path, null, null, null,
                $"This file is not part of the graph layout: expected {DataFileLayout.EntityKindsFile}, {DataFileLayout.RelationTypesFile}, {DataFileLayout.ResolutionFile}, documents/*.json, entities/*.json or relations/*.json."));
        }

        if (files.Count > 0 && !files.Any(f => f.Path == DataFileLayout.EntityKindsFile))
        {
            state.Problems.Add(new DataProblem(DataFileLayout.EntityKindsFile, null, null, null, "The entity kinds vocabulary is missing."));
        }

        if (files.Count > 0 && !files.Any(f => f.Path == DataFileLayout.RelationTypesFile))
        {
            state.Problems.Add(new DataProblem(DataFileLayout.RelationTypesFile, null, null, null, "The relation types vocabulary is missing."));
        }

        if (files.Count == 0)
        {
            state.Problems.Add(new DataProblem(".", null, null, null, "The data set holds no JSON files."));
        }

        return state.Finish(Version(files));
    }

    private static bool IsDataFile(string path) => DataFiles.Any(f => f.Holds(path));

    /// <summary>Gets the data set's version: the start of the SHA-256 of its data files' paths and bytes.</summary>
    private static string Version(IReadOnlyList<GraphDataFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Only the files that make up the graph count: editing a schema or a README does not change the data.
        foreach (var f in files.Where(f => IsDataFile(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(f.Path + "\n"));
            hash.AppendData(f.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void ReadEntityKindsFile(FileReader r, PositionedJson root, LoadState s) =>
        new VocabularyReader(r, s).ReadEntityKinds(ListFile(r, root, "entityKinds"));

    private static void ReadRelationTypesFile(FileReader r, PositionedJson root, LoadState s) =>
        new VocabularyReader(r, s).ReadRelationTypes(ListFile(r, root, "relationTypes"));

    private static void ReadDocumentFile(FileReader r, PositionedJson root, LoadState s)
    {
        var top = r.Object(root, "the file's top level", "$schema", "status", "document");
        if (top is null || IsDraft(r, top, s))
        {
            return;
        }

        if (top.Get("document") is not { } document)
        {
            r.Problem(top, "The required property \"document\" is missing.");
            return;
        }

        new DocumentReader(r, s).Read(document);
    }

    private static void ReadEntitiesFile(FileReader r, PositionedJson root, LoadState s)
    {
        if (root is PositionedJsonObject top && IsDraft(r, top, s))
        {
            return;
        }

        new EntityReader(r, s).Read(ListFile(r, root, "entities", "status"));
    }

    private static void ReadRelationsFile(FileReader r, PositionedJson root, LoadState s)
    {
        var top = r.Object(root, "the file's top level", "$schema", "document", "status", "relations", "evidenceAdditions");
        if (top is null || IsDraft(r, top, s))
        {
            return;
        }

        var defaultDocument = r.Id(top, "document", required: false);
        if (defaultDocument is not null && !s.Documents.ContainsKey(defaultDocument))
        {
            r.Problem(top.Get("document")!, $"\"document\" is \"{defaultDocument}\", which is not a document of the data set ({s.DocumentList}).");
        }

        var relations = new RelationReader(r, s);
        relations.ReadRelations(r.Array(top, "relations", required: true), defaultDocument);
        relations.ReadEvidenceAdditions(r.Array(top, "evidenceAdditions", required: false), defaultDocument);
    }

    /// <summary>Reads a file whose top level is an object holding one required list (and <c>$schema</c>, and the <paramref name="extra"/> properties).</summary>
    private static PositionedJsonArray? ListFile(FileReader r, PositionedJson root, string listName, params string[] extra)
    {
        var top = r.Object(root, "the file's top level", ["$schema", listName, .. extra]);
        return top is null ? null : r.Array(top, listName, required: true);
    }

    /// <summary>
    /// Reads a file's "status": "unreviewed" marks a draft (for instance written by the extractor), which is
    /// skipped and named in the notices until a person reviews it; "reviewed" or no status loads the file.
    /// </summary>
    private static bool IsDraft(FileReader r, PositionedJsonObject top, LoadState s)
    {
        var status = r.String(top, "status", required: false) ?? DataFileLayout.Reviewed;
        if (status == DataFileLayout.Unreviewed)
        {
            s.Notices.Add($"{r.File} is an unreviewed draft and was not loaded; review it and set \"status\" to \"{DataFileLayout.Reviewed}\".");
            return true;
        }

        if (status != DataFileLayout.Reviewed)
        {
            r.Problem(top.Get("status")!, $"\"status\" is \"{status}\", which is not one of: {DataFileLayout.Reviewed}, {DataFileLayout.Unreviewed}.");
        }

        return false;
    }
}
