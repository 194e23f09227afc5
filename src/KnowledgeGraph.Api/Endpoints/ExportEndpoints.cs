using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Export;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /api/graph</c>: the whole graph as a file for Gephi, Cytoscape, Graphviz, Neo4j or an RDF store.</summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export route.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph", ExportGraph)
            .WithName("ExportGraph")
            .WithTags("Export")
            .WithSummary("Download the whole graph in a format analysts' tools read.")
            .Produces<Stream>(StatusCodes.Status200OK, ExportResponses.MediaTypes[0], ExportResponses.MediaTypes[1..]);
        return app;
    }

    /// <summary>Exports the whole graph: every entity, relation, vocabulary item and source document.</summary>
    /// <remarks>
    /// The response is a download with a file name, in one of the formats of the library's registry of export writers
    /// (the OpenAPI document lists them under <c>format</c>). Without <c>format</c>, the Accept header chooses (e.g.
    /// <c>text/turtle</c>), else the library's own JSON. An unknown format is a 400 listing the supported ones.
    /// </remarks>
    /// <param name="format">The format (the OpenAPI document lists them, generated from the registry).</param>
    /// <param name="includeDenied">
    /// Keep denied relations in the FollowTheMoney export (<c>format=ftm</c>), which leaves them out by default; the
    /// other formats always keep them with their certainty.
    /// </param>
    public static Results<PushStreamHttpResult, ValidationProblem> ExportGraph(
        [FromQuery(Name = "format")] string? format,
        [FromQuery(Name = "includeDenied")] bool? includeDenied,
        HttpContext context,
        Graph graph)
    {
        var errors = new ParameterErrors();
        var chosen = ExportResponses.ParseFormat(format, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (format is null)
        {
            // The body depends on Accept only when no format is named.
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            chosen = ExportResponses.FromAccept(context.Request);
        }

        return ExportResponses.Graph(graph, chosen ?? ExportFormat.KnowledgeGraphJson, "knowledge-graph", new ExportOptions { IncludeDenied = includeDenied ?? false });
    }
}
