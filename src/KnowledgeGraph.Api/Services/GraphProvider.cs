using KnowledgeGraph.Loading;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Services;

/// <summary>The outcome of the latest attempt to reload the data folder.</summary>
/// <param name="At">When the attempt finished.</param>
/// <param name="Succeeded">Whether the new version was swapped in.</param>
/// <param name="Version">The version served after the attempt.</param>
/// <param name="Problems">The problems found, when it failed (file:line:column: path: message).</param>
public sealed record ReloadStatus(DateTimeOffset At, bool Succeeded, string Version, IReadOnlyList<string> Problems);

/// <summary>
/// Holds the graph the API serves and keeps it in step with the data folder: when files change it loads
/// the new version in the background, validates it and swaps it in atomically. Requests take one
/// snapshot (<see cref="Current"/>) when they start and finish on it. An invalid edit keeps the last good
/// graph serving and reports its problems in the log and on <c>/health</c>.
/// </summary>
public sealed class GraphProvider : IDisposable
{
    private readonly ILogger<GraphProvider> logger;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer debounce;
    private readonly Lock reloadLock = new();
    private readonly TimeSpan delay;
    private volatile Graph current;
    private volatile ReloadStatus? lastReload;

    /// <summary>Loads the configured data folder, or the embedded graph when none is configured.</summary>
    /// <param name="options">Where the data is.</param>
    /// <param name="environment">The host, for the content root.</param>
    /// <param name="logger">The logger.</param>
    /// <exception cref="GraphDataException">The data folder cannot be loaded at start-up.</exception>
    public GraphProvider(IOptions<GraphDataOptions> options, IHostEnvironment environment, ILogger<GraphProvider> logger)
    {
        this.logger = logger;
        delay = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.ReloadDelayMilliseconds));
        DataDirectory = string.IsNullOrWhiteSpace(options.Value.DataPath)
            ? null
            : Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataPath));
        current = LoadInitial();
        debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        if (DataDirectory is not null && options.Value.WatchForChanges)
        {
            watcher = new FileSystemWatcher(DataDirectory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Gets the absolute data folder, or <see langword="null"/> when the embedded graph is served.</summary>
    public string? DataDirectory { get; }

    /// <summary>Gets the graph currently served.</summary>
    public Graph Current => current;

    /// <summary>Gets the outcome of the latest reload, or <see langword="null"/> before the first.</summary>
    public ReloadStatus? LastReload => lastReload;

    /// <summary>Loads the data folder now and swaps the new version in when it is valid.</summary>
    /// <returns>Whether the new version was swapped in.</returns>
    public bool Reload()
    {
        if (DataDirectory is null)
        {
            return false;
        }

        lock (reloadLock)
        {
            try
            {
                var graph = Graph.Load(DataDirectory);
                var previous = current.Version;
                current = graph;
                lastReload = new ReloadStatus(DateTimeOffset.UtcNow, true, graph.Version, []);
                logger.LogInformation("Reloaded {Folder}: version {Previous} -> {Version}, {Entities} entities, {Relations} relations.",
                    DataDirectory, previous, graph.Version, graph.Entities.Length, graph.Relations.Length);
                return true;
            }
            catch (GraphDataException ex)
            {
                lastReload = new ReloadStatus(DateTimeOffset.UtcNow, false, current.Version, [.. ex.Problems.Select(p => p.ToString())]);
                logger.LogError("Reload of {Folder} rejected; still serving version {Version}. {Problems}", DataDirectory, current.Version, ex.Message);
                return false;
            }
            catch (IOException ex)
            {
                // A file may be mid-write; the watcher fires again when the writer finishes.
                lastReload = new ReloadStatus(DateTimeOffset.UtcNow, false, current.Version, [ex.Message]);
                logger.LogWarning("Reload of {Folder} could not read the files ({Message}); still serving version {Version}.", DataDirectory, ex.Message, current.Version);
                return false;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        watcher?.Dispose();
        debounce.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) =>
        debounce.Change(delay, Timeout.InfiniteTimeSpan);

    private Graph LoadInitial()
    {
        if (DataDirectory is null)
        {
            logger.LogInformation("No data folder configured; serving the graph embedded in the library.");
            return Graph.LoadDefault();
        }

        var graph = Graph.Load(DataDirectory);
        logger.LogInformation("Loaded {Entities} entities and {Relations} relations from {Folder} (version {Version}).",
            graph.Entities.Length, graph.Relations.Length, DataDirectory, graph.Version);
        return graph;
    }
}
