using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// Test instrumentation of the server: records, for every request, the status it ended with, whether the client
/// had gone, and how long the server worked on it (outermost middleware, so after the exception handler).
/// </summary>
public sealed class RequestOutcomes : IStartupFilter
{
    public ConcurrentQueue<RequestOutcome> Finished { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await inner(context);
            }
            finally
            {
                Finished.Enqueue(new RequestOutcome(
                    context.Request.Path + context.Request.QueryString, context.Response.StatusCode, context.RequestAborted.IsCancellationRequested, clock.Elapsed));
            }
        });
        next(app);
    };

    /// <summary>Waits until the server has finished a request whose path and query contain the text.</summary>
    public async Task<RequestOutcome> WaitFor(string pathAndQuery, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Finished.FirstOrDefault(o => o.PathAndQuery.Contains(pathAndQuery, StringComparison.Ordinal)) is { } outcome)
            {
                return outcome;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"the server did not finish {pathAndQuery} within {timeout}");
    }
}

public sealed record RequestOutcome(string PathAndQuery, int Status, bool ClientGone, TimeSpan Duration);
