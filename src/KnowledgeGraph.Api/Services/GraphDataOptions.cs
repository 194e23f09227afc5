namespace KnowledgeGraph.Api.Services;

/// <summary>Where the API reads its graph from (configuration section <c>KnowledgeGraph</c>).</summary>
public sealed class GraphDataOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>
    /// The data folder, absolute or relative to the content root. When empty or missing, the API serves
    /// the curated graph embedded in the library.
    /// </summary>
    public string? DataPath { get; set; }
}
