using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The real API host. By default over the repository's real graph-data/; optionally over a copy in a temp folder.</summary>
public sealed class ApiFactory(string? dataPath = null, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string GraphData => Path.Combine(RepositoryRoot, "graph-data");

    /// <summary>Reads a JSON response body.</summary>
    public static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("KnowledgeGraph:DataPath", dataPath ?? GraphData);
        builder.UseSetting("KnowledgeGraph:ReloadDelayMilliseconds", "200");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found");
    }
}
