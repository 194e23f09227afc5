using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Turns the framework's request failures into a 400 (or 413) ValidationProblem: a body that is missing, too large
/// or not JSON of the expected shape under <c>body</c>, anything else under <c>request</c>. Query values that would
/// not bind (a non-number for an integer, a non-boolean for a flag) never get here: <see cref="ParameterLimitsMiddleware"/>
/// names them by the handler's declared types, so no exception message is read.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        var isBody = tooLarge || bad.InnerException is JsonException || httpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null;
        var message = tooLarge ? "The request body is too large."
            : bad.InnerException is JsonException json ? BodyMessage(json)
            : isBody ? "The body is missing or is not a JSON object of the expected shape."
            : "The request is malformed.";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [isBody ? BodyField(bad.InnerException as JsonException) : "request"] = [message] })
            {
                Status = bad.StatusCode,
                Title = "One or more validation errors occurred.",
            },
            Exception = exception,
        });
    }

    // A value of the wrong type for a top-level property ("$.minConfidence") is that property's error; anything else is the body's.
    // (A syntax error wraps the reader's own exception and stays the body's.)
    private static string BodyField(JsonException? json) =>
        json is { Path: ['$', '.', .. var name] } && json.InnerException?.GetType().Name != "JsonReaderException" && name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? name : "body";

    // A JSON error carries its line, position and path: say where the body stops being what was expected.
    private static string BodyMessage(JsonException json) =>
        json.LineNumber is { } line
            ? $"The body is not valid JSON or not of the expected shape at line {line + 1}, position {json.BytePositionInLine + 1}{(string.IsNullOrEmpty(json.Path) ? "" : $" ({json.Path})")}."
            : "The body is not valid JSON or not of the expected shape.";
}
