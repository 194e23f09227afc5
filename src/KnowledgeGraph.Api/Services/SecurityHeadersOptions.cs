namespace KnowledgeGraph.Api.Services;

/// <summary>The browser security headers (configuration section <c>KnowledgeGraph:SecurityHeaders</c>).</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "KnowledgeGraph:SecurityHeaders";

    /// <summary>
    /// The default policy of HTML pages: scripts, styles, fonts and data only from this origin (inline styles and
    /// <c>data:</c> images allowed, which Swagger UI's and graph drawing libraries' styling needs), no inline or
    /// evaluated script, no plugins, and no framing by other sites.
    /// </summary>
    public const string DefaultPagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";

    /// <summary>The default policy of every other response (JSON, problem+json, scripts, styles): nothing may run or load.</summary>
    public const string DefaultResourcePolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Gets or sets the Content-Security-Policy of HTML responses (Swagger UI, the explorer).</summary>
    public string PageContentSecurityPolicy { get; set; } = DefaultPagePolicy;

    /// <summary>Gets or sets the Content-Security-Policy of all other responses.</summary>
    public string ResourceContentSecurityPolicy { get; set; } = DefaultResourcePolicy;

    /// <summary>Gets or sets the Referrer-Policy (default <c>no-referrer</c>: links to cited sources do not reveal the page).</summary>
    public string ReferrerPolicy { get; set; } = "no-referrer";
}
