using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Turns parameter binding failures (a non-number for an integer, a non-boolean for a flag) into a 400
/// ValidationProblem keyed by the parameter's name, and any other failure into a plain 500 problem
/// without internals.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var match = BindingFailure().Match(bad.Message);
        var isBody = !match.Success && (bad.Message.Contains("request body", StringComparison.OrdinalIgnoreCase) || bad.StatusCode == StatusCodes.Status413PayloadTooLarge);
        var parameter = match.Success ? CamelCase(match.Groups["name"].Value) : isBody ? "body" : "request";
        var value = match.Success ? ParameterErrors.Shorten(match.Groups["value"].Value) : null;
        var expected = match.Success ? Describe(match.Groups["type"].Value) : null;
        var message = match.Success
            ? $"{parameter} '{value}' is not {expected}."
            : bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large."
            : isBody ? BodyMessage(bad) : "The request is malformed.";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = [message] })
            {
                Status = bad.StatusCode,
                Title = "One or more validation errors occurred.",
            },
            Exception = exception,
        });
    }

    // Binding reports the property name of an [AsParameters] request ("IncludeUncertain"); the query key is camelCase.
    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // A JSON syntax error names its line and position; the request body is JSON, so say so.
    private static string BodyMessage(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json
            ? $"The body is not valid JSON: {json.Message.Split(" Path:", 2)[0]} (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1})."
            : "The body is missing or is not a JSON object of the expected shape.";

    private static string Describe(string type) => type switch
    {
        "int" or "Nullable<int>" or "int?" => "a whole number",
        "bool" or "Nullable<bool>" or "bool?" => "true or false",
        _ => $"a valid {type}",
    };

    [GeneratedRegex("""parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
