using System.Collections.Immutable;
using KnowledgeGraph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Turns the library's errors into problem responses: the problems of a <see cref="QueryArgumentException"/> into
/// one ValidationProblem keyed by the API's parameter names, an <see cref="EntityNotFoundException"/> into a 404.
/// The library makes the checks and writes the messages; nothing here reads an exception's text.
/// </summary>
public static class QueryErrors
{
    /// <summary>Maps every problem of a rejected query to the 400 response.</summary>
    /// <param name="exception">The library's exception.</param>
    /// <param name="names">The API's name of each library option whose query parameter is spelled differently.</param>
    /// <returns>The ValidationProblem.</returns>
    public static ValidationProblem Invalid(QueryArgumentException exception, IReadOnlyDictionary<string, string>? names = null)
    {
        var errors = new ParameterErrors();
        errors.AddRange(exception.Problems, names);
        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>Maps an unknown entity to the 404 response, naming the parameter that gave it and the closest ids.</summary>
    /// <param name="exception">The library's exception.</param>
    /// <param name="parameter">The query or route parameter that named the entity.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult NotFound(EntityNotFoundException exception, string parameter) =>
        TypedResults.Problem(
            detail: exception.Message,
            statusCode: StatusCodes.Status404NotFound,
            title: "Entity not found",
            extensions: new Dictionary<string, object?>
            {
                ["parameter"] = parameter,
                ["value"] = ParameterErrors.Shorten(exception.Id),
                ["suggestions"] = exception.Suggestions,
            });

    /// <summary>Gets an entity by id or unambiguous name, or the library's error for the value.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="idOrName">The value given.</param>
    /// <returns>The id to query with: the entity's when one matches, else the value itself (the library then names the closest ids).</returns>
    public static string IdOf(Graph graph, string idOrName) => graph.ResolveEntity(idOrName.Trim())?.Id ?? idOrName;

    /// <summary>The library's option names the API spells differently, per endpoint.</summary>
    public static class Names
    {
        /// <summary>For <c>GET /api/paths</c>: the library's mode is the API's <c>all</c>.</summary>
        public static readonly IReadOnlyDictionary<string, string> Paths = ImmutableDictionary<string, string>.Empty.Add("mode", "all");

        /// <summary>For the neighbourhood: the library's maxNodes is the API's <c>limit</c>.</summary>
        public static readonly IReadOnlyDictionary<string, string> Neighbourhood = ImmutableDictionary<string, string>.Empty.Add("maxNodes", "limit");

        /// <summary>For <c>GET /api/relations</c>.</summary>
        public static readonly IReadOnlyDictionary<string, string> Relations =
            ImmutableDictionary<string, string>.Empty.Add("types", "type").Add("certainties", "certainty");

        /// <summary>For the ranking.</summary>
        public static readonly IReadOnlyDictionary<string, string> Ranking = ImmutableDictionary<string, string>.Empty.Add("kinds", "kind");
    }
}
