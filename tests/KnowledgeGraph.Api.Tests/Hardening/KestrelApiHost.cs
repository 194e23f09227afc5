using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The real API on a real Kestrel socket on 127.0.0.1 (not the in-memory test server), so Kestrel's own parsing,
/// limits and connection handling are part of what is tested.
/// </summary>
public sealed class KestrelApiHost : IDisposable
{
    private readonly ApiFactory root;

    private KestrelApiHost(ApiFactory root, WebApplicationFactory<Program> factory, Uri address)
    {
        this.root = root;
        Factory = factory;
        Address = address;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public Uri Address { get; }

    /// <summary>Starts the API over a data folder (default: graph-data/), with extra settings and test services.</summary>
    public static KestrelApiHost Start(string? dataPath = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            // One line per request for thousands of requests would only slow the run down.
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var root = new ApiFactory(dataPath, all);
        var factory = services is null ? root : root.WithWebHostBuilder(b => b.ConfigureServices(services));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelApiHost(root, factory, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public Task<RawResponse> GetAsync(string target, IEnumerable<string>? headers = null) => RawHttp.SendAsync(Address, "GET", target, headers);

    public void Dispose()
    {
        Factory.Dispose();
        root.Dispose();
    }
}
