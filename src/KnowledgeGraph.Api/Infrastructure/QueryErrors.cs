using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>Turns the library's argument errors into problem responses.</summary>
public static class QueryErrors
{
    /// <summary>Runs a query, answering 400 for a rejected option and 404 for an unknown entity.</summary>
    /// <param name="query">The query producing the success result.</param>
    /// <returns>The result, or the problem.</returns>
    public static IResult Run(Func<IResult> query)
    {
        try
        {
            return query();
        }
        catch (QueryArgumentException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Parameter] = [ex.Message] });
        }
        catch (EntityNotFoundException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Entity not found",
                extensions: new Dictionary<string, object?> { ["suggestions"] = ex.Suggestions });
        }
    }
}
