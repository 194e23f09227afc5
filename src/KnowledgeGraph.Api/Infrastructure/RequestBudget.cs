using System.Diagnostics;
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
/// <remarks>
/// The budget bounds a handler's work, never the writing of its answer. ASP.NET Core's JSON writer stops quietly when
/// the request's token fires in the middle of a body (the client then gets a 200 with half a document), and nothing can
/// turn a started response into a 503. So when a handler returns (<see cref="WriteAnswersWhole"/>): if the budget ran
/// out meanwhile (a handler that takes no token, such as the extraction preview, did not notice), the answer is
/// dropped for the 503; otherwise the budget is switched off and the answer is written with the client's own token
/// only, whole unless the client goes away.
/// </remarks>
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
    /// Applies the budget to every request (ASP.NET Core's request timeouts, after routing), remembering first the
    /// client's own cancellation token, which the answer is written with (see <see cref="WriteAnswersWhole"/>).
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseRequestBudget(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Features.Set(new ClientAbort(context.RequestAborted, Stopwatch.GetTimestamp()));
            return next(context);
        });
        return app.UseRequestTimeouts();
    }

    /// <summary>
    /// Makes the routes of the group answer within the budget or not at all: when a handler returns after the budget
    /// ran out, the request is a 503 problem; otherwise the budget stops, and the answer is written whole with the
    /// client's token (a budget that fired in the middle of the body would cut it short behind a 200).
    /// </summary>
    /// <param name="group">The routes.</param>
    /// <returns>The routes.</returns>
    public static RouteGroupBuilder WriteAnswersWhole(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (invocation, next) =>
        {
            var answer = await next(invocation);
            var context = invocation.HttpContext;
            if (context.Features.Get<IHttpRequestTimeoutFeature>() is { } timeout)
            {
                timeout.DisableTimeout();

                // The request timeouts turn this into the 503 problem, as nothing has been written yet.
                timeout.RequestTimeoutToken.ThrowIfCancellationRequested();

                // The budget's timer may not have fired yet on a busy machine although the time is up: the same 503.
                var seconds = context.RequestServices.GetRequiredService<IOptions<ApiLimits>>().Value.RequestTimeoutSeconds;
                if (seconds > 0 && context.Features.Get<ClientAbort>() is { } started && Stopwatch.GetElapsedTime(started.Started).TotalSeconds > seconds)
                {
                    return TypedResults.Problem(TimeoutProblem(seconds));
                }

                if (context.Features.Get<ClientAbort>() is { } client)
                {
                    context.RequestAborted = client.Token;
                }
            }

            return answer;
        });
        return group;
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

    /// <summary>The client's own cancellation token (it went away), before the budget's is linked to it, and when the request started.</summary>
    private sealed record ClientAbort(CancellationToken Token, long Started);

    private static async Task WriteTimeoutAsync(HttpContext context, double seconds)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = TimeoutProblem(seconds),
        });
    }

    private static ProblemDetails TimeoutProblem(double seconds) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "The request ran out of time",
        Detail = string.Create(CultureInfo.InvariantCulture,
            $"The request did not finish within its time budget of {seconds} s and was stopped; narrow it (filters, depth, k, limit) or ask the operator to raise KnowledgeGraph:Limits:RequestTimeoutSeconds."),
    };
}
