using System.Globalization;
using KnowledgeGraph.Api.Services;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// The time budget of one request (<see cref="ApiLimits.RequestTimeoutSeconds"/>), on ASP.NET Core's request
/// timeouts: when it runs out the request's cancellation token fires, the query stops where it is (the query
/// engine checks the token as it goes), and the client gets a 503 problem+json saying so.
/// </summary>
public static class RequestBudget
{
    /// <summary>Registers the request timeout policy from the configured limits.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRequestBudget(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ApiLimits>>((options, limits) =>
        {
            var seconds = limits.Value.RequestTimeoutSeconds;
            if (seconds > 0)
            {
                options.DefaultPolicy = new RequestTimeoutPolicy
                {
                    Timeout = TimeSpan.FromSeconds(seconds),
                    TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                    WriteTimeoutResponse = context => WriteTimeoutAsync(context, seconds),
                };
            }
        });
        return services;
    }

    /// <summary>
    /// Documents on every route of the group the answers the request limits may give: 400 (a parameter over the
    /// length, repetition or list limits) and 503 (the request budget ran out). They are added after the routes' own
    /// responses, so the documents list the success first.
    /// </summary>
    /// <param name="group">The routes.</param>
    /// <returns>The routes.</returns>
    public static RouteGroupBuilder DocumentRequestLimits(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
            if (!declared.Contains(StatusCodes.Status400BadRequest))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }

            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return group;
    }

    private static async Task WriteTimeoutAsync(HttpContext context, double seconds)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The request ran out of time",
                Detail = string.Create(CultureInfo.InvariantCulture,
                    $"The request did not finish within its time budget of {seconds} s and was stopped; narrow it (filters, depth, k, limit) or ask the operator to raise KnowledgeGraph:Limits:RequestTimeoutSeconds."),
            },
        });
    }
}
