namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Applies the <c>Kestrel</c> configuration section's request limits (<c>Kestrel:Limits:MaxRequestBodySize</c>,
/// <c>MaxRequestLineSize</c>, <c>MaxRequestHeadersTotalSize</c>, <c>MaxRequestHeaderCount</c>, ...) and
/// <c>Kestrel:AddServerHeader</c>, which the host's own Kestrel configuration does not read.
/// </summary>
public static class ServerLimits
{
    /// <summary>Binds the limits to the server options.</summary>
    /// <param name="webHost">The web host builder.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The web host builder.</returns>
    public static IWebHostBuilder ConfigureServerLimits(this IWebHostBuilder webHost, IConfiguration configuration) =>
        webHost.ConfigureKestrel(options =>
        {
            var section = configuration.GetSection("Kestrel");
            section.GetSection("Limits").Bind(options.Limits);
            options.AddServerHeader = section.GetValue("AddServerHeader", options.AddServerHeader);
        });
}
