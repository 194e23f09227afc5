using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using KnowledgeGraph.Api.Services;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Checks the shape of a request's parameters before they are bound, and answers a 400 ValidationProblem keyed by
/// the parameter when a value is longer than <see cref="ApiLimits.MaxParameterLength"/>, when a single-valued
/// parameter is given more than once (<c>from=a&amp;from=b</c> would otherwise bind as <c>"a,b"</c>), or when a
/// list parameter names more than <see cref="ApiLimits.MaxListItems"/> items (each unknown item costs a fuzzy
/// search for suggestions). Which parameters are lists comes from the endpoint's handler signature.
/// </summary>
public sealed class ParameterLimitsMiddleware(RequestDelegate next, IOptions<ApiLimits> limits)
{
    private static readonly ConcurrentDictionary<Endpoint, IReadOnlyDictionary<string, (string Name, bool IsList, Type Type)>> QueryParameters = new();

    /// <summary>Handles a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return next(context);
        }

        var errors = new ParameterErrors();
        var maxLength = limits.Value.MaxParameterLength;
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && text.Length > maxLength)
            {
                errors.Add(name, TooLong(name, text.Length, maxLength));
            }
        }

        var declared = QueryParameters.GetOrAdd(endpoint, Describe);
        foreach (var (rawKey, values) in context.Request.Query)
        {
            if (rawKey.Length > maxLength)
            {
                errors.Add(ParameterErrors.Shorten(rawKey), TooLong("The parameter name", rawKey.Length, maxLength));
                continue;
            }

            // Query keys match case-insensitively ("LIMIT" binds to limit): report under the declared spelling.
            // Keys that are not parameters of the route are ignored, once their length is checked.
            var (key, isList, type) = declared.TryGetValue(rawKey, out var parameter) ? parameter : (ParameterErrors.Shorten(rawKey), false, typeof(string));
            if (values.FirstOrDefault(v => v is { } s && s.Length > maxLength) is { } longValue)
            {
                errors.Add(key, TooLong(key, longValue.Length, maxLength));
            }
            else if (parameter.Name is not null && !isList && values.Count > 1)
            {
                errors.Add(key, string.Create(CultureInfo.InvariantCulture,
                    $"{key} is given {values.Count} times; give it once."));
            }
            else if (parameter.Name is not null && isList && CountItems(values) is var items && items > limits.Value.MaxListItems)
            {
                errors.Add(key, string.Create(CultureInfo.InvariantCulture,
                    $"{key} names {items} items; at most {limits.Value.MaxListItems} are allowed."));
            }
            else if (parameter.Name is not null && values.Count == 1 && Unparsable(type, values[0]) is { } expected)
            {
                // Checked here, by the declared type, so that no binding failure's message has to be read for the name.
                errors.Add(key, $"{key} '{ParameterErrors.Shorten(values[0]!)}' is not {expected}.");
            }
        }

        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary()).ExecuteAsync(context)
            : next(context);
    }

    private static string TooLong(string what, int length, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} is {length} characters long; at most {max} are allowed.");

    /// <summary>What a value of an integer or boolean parameter should be when binding would fail on it, else null.</summary>
    private static string? Unparsable(Type type, string? value)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return null;
        }

        // An empty value does not bind to a number or a flag either.
        return t == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? "a whole number"
            : t == typeof(bool) && !bool.TryParse(value, out _) ? "true or false"
            : null;
    }

    private static int CountItems(StringValues values) =>
        values.Sum(v => v?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length ?? 0);

    /// <summary>Maps each query parameter of the endpoint's handler to its declared name and whether it takes a list.</summary>
    private static IReadOnlyDictionary<string, (string Name, bool IsList, Type Type)> Describe(Endpoint endpoint)
    {
        var result = new Dictionary<string, (string Name, bool IsList, Type Type)>(StringComparer.OrdinalIgnoreCase);
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return result;
        }

        var routeNames = endpoint is RouteEndpoint route
            ? route.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetCustomAttribute<FromQueryAttribute>() is { } query)
                    {
                        var name = query.Name ?? property.Name;
                        result[name] = (name, IsList(property.PropertyType), property.PropertyType);
                    }
                }
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                var name = query.Name ?? parameter.Name!;
                result[name] = (name, IsList(parameter.ParameterType), parameter.ParameterType);
            }
            else if (parameter.Name is { } name && !routeNames.Contains(name) && IsSimple(parameter.ParameterType)
                && !parameter.GetCustomAttributes().Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromServiceMetadata or IFromBodyMetadata or IFromFormMetadata))
            {
                // Minimal APIs bind a simple parameter that is not in the route from the query string.
                result[name] = (name, IsList(parameter.ParameterType), parameter.ParameterType);
            }
        }

        return result;
    }

    private static bool IsList(Type type) =>
        type.IsArray || type == typeof(StringValues) || type == typeof(StringValues?);

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        t = t.IsArray ? t.GetElementType()! : t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(StringValues);
    }
}
