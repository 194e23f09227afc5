using Microsoft.AspNetCore.Http.HttpResults;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Turns a graph or a query result into a file download in one of the library's export formats, with the format's
/// media type and a file name (see docs/EXPORT.md).
/// </summary>
public static class ExportResponses
{
    /// <summary>Gets every media type an export can have, for the OpenAPI document.</summary>
    public static string[] MediaTypes { get; } = [.. ExportFormatInfo.All.Select(i => i.MediaType).Distinct(StringComparer.Ordinal)];

    /// <summary>Parses the <c>format</c> parameter, recording a problem that lists the supported formats when it is unknown.</summary>
    /// <param name="text">The value given, or null when absent.</param>
    /// <param name="errors">Where a problem is recorded.</param>
    /// <returns>The format, or null when absent or unknown.</returns>
    public static ExportFormat? ParseFormat(string? text, ParameterErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (ExportFormatInfo.TryParse(text, out var format))
        {
            return format;
        }

        errors.Add("format", $"format '{ParameterErrors.Shorten(text)}' is not an export format; use one of: {string.Join(", ", ExportFormatInfo.Names)}.");
        return null;
    }

    /// <summary>Chooses a format from the request's Accept header: the most preferred media type that names one format.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The format, or null when the header names none (<c>application/json</c> means the library's own JSON).</returns>
    public static ExportFormat? FromAccept(HttpRequest request)
    {
        foreach (var accepted in request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            var mediaType = accepted.MediaType.Value;
            var formats = ExportFormatInfo.All.Where(i => string.Equals(i.MediaType, mediaType, StringComparison.OrdinalIgnoreCase)).ToList();
            if (formats.Count == 1)
            {
                return formats[0].Format;
            }

            if (formats.Count > 1)
            {
                // application/json is the library's own JSON (Cytoscape.js JSON shares the type); otherwise the
                // registry's first format of the type (gexf before gexf-1.3).
                return formats.Any(f => f.Format == ExportFormat.KnowledgeGraphJson) ? ExportFormat.KnowledgeGraphJson : formats[0].Format;
            }
        }

        return null;
    }

    /// <summary>Builds the download of the whole graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="format">The format.</param>
    /// <param name="baseName">The file name without extension.</param>
    /// <param name="options">Export options, or null for the defaults.</param>
    /// <returns>The result, which writes the export when the response is sent.</returns>
    public static PushStreamHttpResult Graph(Graph graph, ExportFormat format, string baseName, ExportOptions? options = null) =>
        Download(format, baseName, stream => GraphExporter.ExportAsync(graph, format, stream, options));

    /// <summary>Builds the download of a query result: its entities and relations.</summary>
    /// <param name="graph">The graph they belong to.</param>
    /// <param name="entities">The entities.</param>
    /// <param name="relations">The relations; their ends are added to the entities.</param>
    /// <param name="format">The format.</param>
    /// <param name="baseName">The file name without extension.</param>
    /// <param name="title">The title written into formats that carry one.</param>
    /// <param name="evidence">The evidence the query counted: entities' mentions are written only from its documents.</param>
    /// <returns>The result, which writes the export when the response is sent.</returns>
    public static PushStreamHttpResult Subset(Graph graph, IEnumerable<Entity> entities, IEnumerable<Relation> relations, ExportFormat format, string baseName, string title, EvidenceFilter evidence) =>
        Download(format, baseName, stream => GraphExporter.ExportAsync(graph, entities, relations, format, stream, new ExportOptions { Title = title, Evidence = evidence }));

    private static PushStreamHttpResult Download(ExportFormat format, string baseName, Func<Stream, Task> write)
    {
        var info = ExportFormatInfo.Get(format);
        return TypedResults.Stream(write, info.ContentType, info.FileName(baseName));
    }
}
