using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// The real API on a real Kestrel socket on 127.0.0.1, over a data folder (graph-data/ by default), and Debian's
/// Chromium driven by Playwright.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelFactory factory;
    private readonly IPlaywright playwright;

    private BrowserHost(KestrelFactory factory, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        this.factory = factory;
        this.playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public IBrowser Browser { get; }

    /// <summary>Gets the folder of KnowledgeGraph.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public string BaseUrl { get; }

    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Gets the library tests' fixture whose documents disagree (contested relations, reprints, several outlets).</summary>
    public static string SourcesFixture { get; } = Path.Combine(RepositoryRoot, "tests", "KnowledgeGraph.Tests", "TestData", "Sources");

    /// <summary>Gets the data folders the source tests run on, by name: the real graph-data/ and the Sources fixture.</summary>
    public static string DataFolder(string name) => name switch
    {
        "graph-data" => Path.Combine(RepositoryRoot, "graph-data"),
        "Sources" => SourcesFixture,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "graph-data or Sources"),
    };

    /// <summary>Starts the API over a data folder (graph-data/ when null) and the browser, or ignores the test (fails in CI) when Chromium is missing.</summary>
    public static async Task<BrowserHost> StartAsync(string? dataPath = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            var message = $"{ChromiumPath} is missing: install it with 'apt-get install -y chromium' to run the browser tests.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var factory = new KestrelFactory(dataPath ?? Path.Combine(RepositoryRoot, "graph-data"));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new BrowserHost(factory, playwright, browser, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class KestrelFactory(string dataPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("KnowledgeGraph:DataPath", dataPath);
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }
}
