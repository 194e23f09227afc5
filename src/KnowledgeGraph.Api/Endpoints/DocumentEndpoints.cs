using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>POST /api/documents/extract</c>: a preview of what a new article would add to the graph.</summary>
public static partial class DocumentEndpoints
{
    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxTextLength = 200_000;

    // One extractor per loaded graph version: building its gazetteer is the costly part.
    private static readonly ConditionalWeakTable<Graph, ArticleExtractor> Extractors = [];

    /// <summary>Maps the extraction route.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents/extract", Extract)
            .WithName("ExtractDocument")
            .WithTags("Documents")
            .WithSummary("Propose the entities and relations a new article would add, with evidence; the graph does not change.")
            .WithMetadata(new RequestSizeLimitAttribute(1_048_576));
        app.MapGet("/api/documents", ListDocuments)
            .WithName("ListDocuments")
            .WithTags("Documents")
            .WithSummary("The source documents the graph was curated from, with outlet, publication date and address.");
        app.MapGet("/api/documents/{id}", GetDocument)
            .WithName("GetDocument")
            .WithTags("Documents")
            .WithSummary("One source document with its footnotes and cited sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Lists the source documents with their titles, authors and paragraph counts.</summary>
    /// <remarks>Evidence refers to these documents by id; paragraphs are the non-empty blocks between blank lines of the text file, counted from 1.</remarks>
    public static IReadOnlyList<DocumentDto> ListDocuments(Graph graph) => [.. graph.Documents.Select(d => d.ToDto(graph))];

    /// <summary>Gets one source document with its numbered footnotes and the sources they cite.</summary>
    /// <remarks>An unknown id is a 404 naming the id and listing the documents.</remarks>
    /// <param name="id">The document's id, e.g. 'armenia-new-diplomatic-moves-2025'.</param>
    public static Results<Ok<DocumentDto>, ProblemHttpResult> GetDocument(string id, Graph graph)
    {
        if (graph.FindDocument(id) is { } document)
        {
            return TypedResults.Ok(document.ToDto(graph));
        }

        var known = graph.Documents.Select(d => d.Id).ToList();
        return TypedResults.Problem(
            detail: $"No document has the id '{ParameterErrors.Shorten(id)}' (parameter 'id'); the documents are: {string.Join(", ", known.Select(k => $"'{k}'"))}.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Document not found",
            extensions: new Dictionary<string, object?> { ["parameter"] = "id", ["suggestions"] = known });
    }

    /// <summary>Extracts candidate entities and typed relations from the text of an article.</summary>
    /// <remarks>
    /// The extractor links names to the graph's entities (names, aliases, demonyms, metonyms; accent- and
    /// transliteration-insensitive), proposes new entities (titled persons, organizations by head noun, states
    /// from a built-in list with ISO codes) and relations from a trigger lexicon mapped to the relation vocabulary,
    /// with dates at their precision and the text's modality as certainty. Every candidate carries its evidence
    /// (paragraph, sentence, character span, footnote), a confidence (learned from read articles: how likely a
    /// reader confirms it) and the rule that produced it; candidates under <c>minConfidence</c> (0.6 unless given)
    /// are held back and counted in <c>heldBack</c>. This is a
    /// preview for a person to review: the command-line tool <c>kg extract --out</c> writes it as an unreviewed
    /// draft into a data folder.
    /// </remarks>
    public static Results<Ok<ExtractionResponse>, ValidationProblem> Extract([FromBody] ExtractRequest request, Graph graph)
    {
        var errors = new ParameterErrors();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors.Add("text", "text is required: the article as plain text, paragraphs separated by blank lines.");
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors.Add("text", $"text has {request.Text.Length} characters; at most {MaxTextLength} are accepted.");
        }

        if (request.DocumentId is { } id && !Slug().IsMatch(id))
        {
            errors.Add("documentId", $"documentId '{ParameterErrors.Shorten(id)}' is not a lowercase slug such as 'my-article-2025'.");
        }

        if (request.MinConfidence is { } min && !(min is >= 0 and <= 1))
        {
            errors.Add("minConfidence", $"minConfidence is {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}; give a number from 0 to 1 (0 lists every candidate).");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        ExtractionResult result;
        try
        {
            result = Extractors.GetValue(graph, g => new ArticleExtractor(g)).Extract(request.Text!, request.DocumentId);
        }
        catch (ExtractionInputException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [ex.Reason] });
        }

        return TypedResults.Ok(ExtractionJson.ToResponse(result.AtConfidence(request.MinConfidence ?? ArticleExtractor.DefaultMinConfidence)));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
