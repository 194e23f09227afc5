using KnowledgeGraph.Loading;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Services;

/// <summary>Holds the graph the API serves; requests read <see cref="Current"/> once and use that version throughout.</summary>
public sealed class GraphProvider
{
    private readonly ILogger<GraphProvider> logger;
    private volatile Graph current;

    /// <summary>Loads the configured data folder, or the embedded graph when none is configured.</summary>
    public GraphProvider(IOptions<GraphDataOptions> options, IHostEnvironment environment, ILogger<GraphProvider> logger)
    {
        this.logger = logger;
        DataDirectory = ResolveDirectory(options.Value.DataPath, environment.ContentRootPath);
        current = LoadInitial();
    }

    /// <summary>Gets the absolute data folder, or <see langword="null"/> when the embedded graph is served.</summary>
    public string? DataDirectory { get; }

    /// <summary>Gets the graph currently served.</summary>
    public Graph Current => current;

    private static string? ResolveDirectory(string? configured, string contentRoot) =>
        string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(Path.Combine(contentRoot, configured));

    private Graph LoadInitial()
    {
        if (DataDirectory is null)
        {
            logger.LogInformation("No data folder configured; serving the graph embedded in the library.");
            return Graph.LoadDefault();
        }

        try
        {
            var graph = Graph.Load(DataDirectory);
            logger.LogInformation("Loaded {Entities} entities and {Relations} relations from {Folder} (version {Version}).",
                graph.Entities.Length, graph.Relations.Length, DataDirectory, graph.Version);
            return graph;
        }
        catch (GraphDataException ex)
        {
            logger.LogCritical("The data folder {Folder} cannot be loaded: {Problems}", DataDirectory, ex.Message);
            throw;
        }
    }
}
