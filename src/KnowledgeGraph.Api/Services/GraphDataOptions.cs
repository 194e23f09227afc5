namespace KnowledgeGraph.Api.Services;

/// <summary>Where the API reads its graph from (configuration section <c>KnowledgeGraph</c>).</summary>
public sealed class GraphDataOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "KnowledgeGraph";

    /// <summary>
    /// Gets or sets the data folder, absolute or relative to the content root. When empty, the API serves
    /// the curated graph embedded in the library. It is configuration only, never a request parameter.
    /// </summary>
    public string? DataPath { get; set; }

    /// <summary>Gets or sets whether the data folder is watched and reloaded on change (default true).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Gets or sets how long to wait after the last change before reloading (default 500 ms), so a burst of writes loads once.</summary>
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>Gets or sets the origins allowed by CORS; empty (the default) turns CORS off.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
