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
        var parameter = match.Success ? CamelCase(match.Groups["name"].Value) : "request";
        var value = match.Success ? ParameterErrors.Shorten(match.Groups["value"].Value) : null;
        var expected = match.Success ? Describe(match.Groups["type"].Value) : null;
        var message = match.Success
            ? $"{parameter} '{value}' is not {expected}."
            : bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.";
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

    private static string Describe(string type) => type switch
    {
        "int" or "Nullable<int>" or "int?" => "a whole number",
        "bool" or "Nullable<bool>" or "bool?" => "true or false",
        _ => $"a valid {type}",
    };

    [GeneratedRegex("""parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.?$""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();
}
