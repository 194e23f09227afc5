namespace KnowledgeGraph.Api.Services;

/// <summary>
/// Caps on what one request may ask for (configuration section <c>KnowledgeGraph:Limits</c>). Values above
/// a cap are rejected with 400; work caps cut results and set <c>truncated</c>.
/// </summary>
public sealed class ApiLimits
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "KnowledgeGraph:Limits";

    /// <summary>Gets or sets the largest neighbourhood depth (default 3, at most the library's maximum of 4).</summary>
    public int MaxDepth { get; set; } = 3;

    /// <summary>Gets or sets the largest k for k shortest paths (default 10, at most the library's 20).</summary>
    public int MaxK { get; set; } = 10;

    /// <summary>Gets or sets the largest path length in relations (default 8, at most the library's 10).</summary>
    public int MaxPathLength { get; set; } = 8;

    /// <summary>Gets or sets the most paths returned for all shortest paths (default 100).</summary>
    public int MaxPaths { get; set; } = 100;

    /// <summary>Gets or sets the largest page size or node limit (default 500).</summary>
    public int MaxLimit { get; set; } = 500;

    /// <summary>Gets or sets the page size used when none is given (default 50).</summary>
    public int DefaultLimit { get; set; } = 50;

    /// <summary>Gets or sets the most entities a single query may visit before it stops with <c>truncated</c> (default 200 000).</summary>
    public int MaxVisited { get; set; } = 200_000;

    /// <summary>
    /// Gets or sets the longest value (and name) of any one parameter, in characters (default 2000); longer
    /// values are rejected with 400 before they are bound.
    /// </summary>
    public int MaxParameterLength { get; set; } = 2000;

    /// <summary>Gets or sets the most items a list parameter (such as <c>excludeEntities</c>) may name (default 100).</summary>
    public int MaxListItems { get; set; } = 100;

    /// <summary>
    /// Gets or sets the time budget of one request in seconds (default 10): a request still running then is
    /// cancelled and answered with 503 problem+json. It bounds work that no visit cap bounds, such as betweenness
    /// on a large graph; 0 turns it off.
    /// </summary>
    public double RequestTimeoutSeconds { get; set; } = 10;
}
