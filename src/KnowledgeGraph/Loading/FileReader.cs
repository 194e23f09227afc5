using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Typed access to a parsed data file that records a located problem for every bad value.</summary>
internal sealed partial class FileReader(string file, List<DataProblem> problems)
{
    public string File { get; } = file;

    /// <summary>The longest problem message; a hand-edited file can hold a value of any length, and messages quote values.</summary>
    public const int MaxMessageLength = 1000;

    public void Problem(PositionedJson node, string message) =>
        problems.Add(new DataProblem(File, node.Line, node.Column, node.Path, CapMessage(message)));

    /// <summary>Shortens a value quoted in a message to its first 80 characters.</summary>
    public static string Excerpt(string value) =>
        value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), $"... ({value.Length} characters)");

    /// <summary>Keeps a message under <see cref="MaxMessageLength"/>: its start and its end, which name the problem and what is allowed.</summary>
    public static string CapMessage(string message) =>
        message.Length <= MaxMessageLength
            ? message
            : string.Concat(message.AsSpan(0, 600), $" [... {message.Length - 900} characters ...] ", message.AsSpan(message.Length - 300));

    /// <summary>Checks that the node is an object with only the given properties.</summary>
    public PositionedJsonObject? Object(PositionedJson? node, string what, params string[] allowed)
    {
        if (node is not PositionedJsonObject obj)
        {
            if (node is not null)
            {
                Problem(node, $"Expected {what} as a JSON object but found {node.KindName}.");
            }

            return null;
        }

        foreach (var (name, value) in obj.Properties)
        {
            if (System.Array.IndexOf(allowed, name) < 0)
            {
                Problem(value, $"Unknown property \"{name}\" in {what}; allowed: {string.Join(", ", allowed)}.");
            }
        }

        return obj;
    }

    public PositionedJsonArray? Array(PositionedJsonObject obj, string name, bool required)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            if (required)
            {
                Problem(obj, $"The required property \"{name}\" is missing.");
            }

            return null;
        }

        if (node is PositionedJsonArray array)
        {
            return array;
        }

        Problem(node, $"\"{name}\" must be an array but is {node.KindName}.");
        return null;
    }

    public string? String(PositionedJsonObject obj, string name, bool required, bool allowEmpty = false)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            if (required)
            {
                Problem(obj, $"The required property \"{name}\" is missing.");
            }

            return null;
        }

        return StringValue(node, $"\"{name}\"", allowEmpty);
    }

    public string? StringValue(PositionedJson node, string what, bool allowEmpty = false)
    {
        if (node is not PositionedJsonScalar { ValueKind: JsonValueKind.String } value)
        {
            Problem(node, $"{what} must be a string but is {node.KindName}.");
            return null;
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(value.Text))
        {
            Problem(node, $"{what} must not be empty.");
            return null;
        }

        return value.Text!.Trim();
    }

    /// <summary>Gets whether the text is a lowercase slug, the form of every id.</summary>
    public static bool IsId(string text) => IdPattern().IsMatch(text);

    public string? Id(PositionedJsonObject obj, string name, bool required)
    {
        var id = String(obj, name, required);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Problem(obj.Get(name)!, $"\"{name}\" is \"{id}\", which is not a lowercase slug such as \"nikol-pashinyan\" (letters a-z, digits, single hyphens).");
            return null;
        }

        return id;
    }

    public ImmutableArray<string> StringList(PositionedJsonObject obj, string name, bool required = false)
    {
        var array = Array(obj, name, required);
        if (array is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.Items.Count);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (StringValue(array.Items[i], $"\"{name}\"[{i}]") is { } s)
            {
                builder.Add(s);
            }
        }

        return builder.ToImmutable();
    }

    public int? Int(PositionedJsonObject obj, string name, bool required, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            if (required)
            {
                Problem(obj, $"The required property \"{name}\" is missing.");
            }

            return null;
        }

        if (node is not PositionedJsonScalar { ValueKind: JsonValueKind.Number } value
            || !int.TryParse(value.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            Problem(node, $"\"{name}\" must be a whole number but is {node.KindName}.");
            return null;
        }

        if (n < min || n > max)
        {
            Problem(node, $"\"{name}\" is {n}, outside the allowed range {min} to {max}.");
            return null;
        }

        return n;
    }

    public bool? Bool(PositionedJsonObject obj, string name)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            return null;
        }

        if (node is PositionedJsonScalar { ValueKind: JsonValueKind.True or JsonValueKind.False } value)
        {
            return value.ValueKind == JsonValueKind.True;
        }

        Problem(node, $"\"{name}\" must be true or false but is {node.KindName}.");
        return null;
    }

    public PartialDate? Date(PositionedJsonObject obj, string name)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            return null;
        }

        var text = StringValue(node, $"\"{name}\"");
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Problem(node, $"\"{name}\": {error}");
        return null;
    }

    public TEnum? Enum<TEnum>(PositionedJsonObject obj, string name, bool required)
        where TEnum : struct, System.Enum
    {
        var text = String(obj, name, required);
        if (text is null)
        {
            return null;
        }

        var allowed = System.Enum.GetNames<TEnum>().Where(n => n != "Unspecified").Select(n => n.ToLowerInvariant()).ToArray();
        if (allowed.Contains(text, StringComparer.Ordinal) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            return value;
        }

        Problem(obj.Get(name)!, $"\"{name}\" is \"{text}\", which is not one of: {string.Join(", ", allowed)}.");
        return null;
    }

    public ImmutableSortedDictionary<string, string> StringMap(PositionedJsonObject obj, string name)
    {
        var node = obj.Get(name);
        if (node is null || node.IsNull)
        {
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        if (node is not PositionedJsonObject map)
        {
            Problem(node, $"\"{name}\" must be an object of strings but is {node.KindName}.");
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Properties)
        {
            if (StringValue(value, $"\"{name}.{key}\"") is { } s)
            {
                builder[key] = s;
            }
        }

        return builder.ToImmutable();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();
}
