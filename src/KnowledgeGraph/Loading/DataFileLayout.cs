namespace KnowledgeGraph.Loading;

/// <summary>
/// The layout of a data set, shared by the loader and <see cref="DataFileWriter"/>: where each file lives, the list
/// each file holds, the review status of drafts, and the name and version of the single-document form.
/// </summary>
internal static class DataFileLayout
{
    public const string EntityKindsFile = "vocabulary/entity-kinds.json";

    public const string RelationTypesFile = "vocabulary/relation-types.json";

    /// <summary>The entity-resolution decisions: merges and rejected merge proposals.</summary>
    public const string ResolutionFile = "resolution.json";

    public const string DocumentsFolder = "documents";

    public const string EntitiesFolder = "entities";

    public const string RelationsFolder = "relations";

    /// <summary>The JSON Schemas editors validate against; not part of the graph.</summary>
    public const string SchemaFolder = "schema";

    /// <summary>The status of a file a person has reviewed (also what no status means).</summary>
    public const string Reviewed = "reviewed";

    /// <summary>The status of a draft, skipped by the loader until reviewed.</summary>
    public const string Unreviewed = "unreviewed";

    /// <summary>The <c>format</c> of the single document that holds a whole data set (the JSON export).</summary>
    public const string SingleDocumentFormat = "knowledge-graph";

    /// <summary>The <c>formatVersion</c> of the single document.</summary>
    public const int SingleDocumentVersion = 1;

    /// <summary>Gets whether the path is a file directly inside the folder (<c>entities/states.json</c>, not <c>entities/old/x.json</c>).</summary>
    public static bool InFolder(string path, string folder) =>
        path.StartsWith(folder + "/", StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) < 0;

    /// <summary>Gets whether the path is under <c>schema/</c>.</summary>
    public static bool IsSchema(string path) => path.StartsWith(SchemaFolder + "/", StringComparison.Ordinal);
}
