using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The real API host. By default over the repository's real graph-data/; optionally over a copy in a temp folder.</summary>
public sealed class ApiFactory(string? dataPath = null, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string GraphData => Path.Combine(RepositoryRoot, "graph-data");

    /// <summary>The library tests' fixture whose documents disagree (TestData/Sources), with a merge in its resolution.json.</summary>
    public static string SourcesFixture => Path.Combine(RepositoryRoot, "tests", "KnowledgeGraph.Tests", "TestData", "Sources");

    /// <summary>Copies graph-data/ into a new temporary folder (for tests that edit the data), and returns the folder.</summary>
    public static string CopyGraphData() => CopyData(GraphData);

    /// <summary>Copies a data folder into a new temporary folder (for tests that edit the data), and returns the folder.</summary>
    public static string CopyData(string source)
    {
        var dataDir = Directory.CreateTempSubdirectory("kg-data-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dataDir, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return dataDir;
    }

    /// <summary>GETs a URL, asserts a 200, and returns the JSON body.</summary>
    public static async Task<JsonElement> GetOk(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), $"GET {url}: {body}");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

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
