using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The real API on a real Kestrel socket on 127.0.0.1 (not the in-memory test server), so Kestrel's own parsing,
/// limits and connection handling are part of what is tested.
/// </summary>
public sealed class KestrelApiHost : IDisposable
{
    private KestrelApiHost(ApiFactory factory, Uri address)
    {
        Factory = factory;
        Address = address;
    }

    public ApiFactory Factory { get; }

    public Uri Address { get; }

    public static KestrelApiHost Start(string? dataPath = null, IReadOnlyDictionary<string, string?>? settings = null)
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

        var factory = new ApiFactory(dataPath, all);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelApiHost(factory, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public Task<RawResponse> GetAsync(string target, IEnumerable<string>? headers = null) => RawHttp.SendAsync(Address, "GET", target, headers);

    public void Dispose() => Factory.Dispose();
}
