using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Loading;

/// <summary>Where a JSON value was read: its 1-based line and column and its JSON path (e.g. <c>$.relations[3].target</c>).</summary>
internal readonly record struct JsonPosition(int Line, int Column, string Path);

/// <summary>
/// A JSON value with the <see cref="JsonPosition"/> where it was read, so problems can point at it. The loader's own
/// tree (named apart from <c>System.Text.Json.Nodes</c>, which keeps no positions).
/// </summary>
internal abstract class PositionedJson(JsonPosition position)
{
    public JsonPosition Position { get; } = position;

    public int Line => Position.Line;

    public int Column => Position.Column;

    public string Path => Position.Path;

    /// <summary>Gets the value's kind for a message: "an object", "the number 3", "null"...</summary>
    public abstract string KindName { get; }

    /// <summary>Gets whether the value is the JSON <c>null</c>.</summary>
    public bool IsNull => this is PositionedJsonScalar { ValueKind: JsonValueKind.Null };
}

/// <summary>A JSON object: its properties in file order (a repeated name is reported and kept once).</summary>
internal sealed class PositionedJsonObject(JsonPosition position) : PositionedJson(position)
{
    public List<KeyValuePair<string, PositionedJson>> Properties { get; } = [];

    public override string KindName => "an object";

    public PositionedJson? Get(string name)
    {
        foreach (var p in Properties)
        {
            if (p.Key == name)
            {
                return p.Value;
            }
        }

        return null;
    }
}

/// <summary>A JSON array.</summary>
internal sealed class PositionedJsonArray(JsonPosition position) : PositionedJson(position)
{
    public List<PositionedJson> Items { get; } = [];

    public override string KindName => "an array";
}

/// <summary>A JSON string, number, boolean or null.</summary>
internal sealed class PositionedJsonScalar(JsonPosition position, JsonValueKind kind, string raw, string? text)
    : PositionedJson(position)
{
    public JsonValueKind ValueKind { get; } = kind;

    /// <summary>The token as written (numbers, true/false/null).</summary>
    public string Raw { get; } = raw;

    /// <summary>The decoded string, for strings.</summary>
    public string? Text { get; } = text;

    public override string KindName => ValueKind switch
    {
        JsonValueKind.String => $"the string \"{FileReader.Excerpt(Text ?? string.Empty)}\"",
        JsonValueKind.Number => $"the number {FileReader.Excerpt(Raw)}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {Raw}",
        JsonValueKind.Null => "null",
        _ => Raw,
    };
}

/// <summary>Parses UTF-8 JSON into <see cref="PositionedJson"/> values that remember their position.</summary>
internal static class PositionedJsonParser
{
    public static PositionedJson? Parse(byte[] utf8, string file, List<DataProblem> problems)
    {
        var lineStarts = LineStarts(utf8);
        var bomOffset = utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(utf8.AsSpan(bomOffset), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            if (!reader.Read())
            {
                problems.Add(new DataProblem(file, 1, 1, null, "The file is empty; expected a JSON object."));
                return null;
            }

            var root = ReadValue(ref reader, "$", lineStarts, bomOffset, file, problems);
            if (reader.Read())
            {
                var (l, c) = Position(lineStarts, (int)reader.TokenStartIndex + bomOffset);
                problems.Add(new DataProblem(file, l, c, null, "Unexpected content after the end of the JSON document."));
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            problems.Add(new DataProblem(file, line, column, null, FileReader.CapMessage($"Malformed JSON: {TrimReaderMessage(ex.Message)}")));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // Invalid UTF-8 inside a string surfaces when the value is decoded.
            var (l, c) = Position(lineStarts, (int)reader.TokenStartIndex + bomOffset);
            problems.Add(new DataProblem(file, l, c, null, FileReader.CapMessage($"Malformed text: {ex.Message}")));
            return null;
        }
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader, string path, int[] lineStarts, int bomOffset, string file, List<DataProblem> problems)
    {
        var (line, column) = Position(lineStarts, (int)reader.TokenStartIndex + bomOffset);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var obj = new PositionedJsonObject(new JsonPosition(line, column, path));
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var (nl, nc) = Position(lineStarts, (int)reader.TokenStartIndex + bomOffset);
                    reader.Read();
                    var childPath = IsPlainName(name) && name.Length <= 80 ? $"{path}.{name}" : $"{path}['{FileReader.Excerpt(name).Replace("'", "\\'", StringComparison.Ordinal)}']";
                    var child = ReadValue(ref reader, childPath, lineStarts, bomOffset, file, problems);
                    if (!seen.Add(name))
                    {
                        problems.Add(new DataProblem(file, nl, nc, childPath, $"The property \"{FileReader.Excerpt(name)}\" appears twice in the same object."));
                        continue;
                    }

                    obj.Properties.Add(new(name, child));
                }

                return obj;
            }

            case JsonTokenType.StartArray:
            {
                var array = new PositionedJsonArray(new JsonPosition(line, column, path));
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, string.Create(CultureInfo.InvariantCulture, $"{path}[{array.Items.Count}]"), lineStarts, bomOffset, file, problems));
                }

                return array;
            }

            case JsonTokenType.String:
                return new PositionedJsonScalar(new JsonPosition(line, column, path), JsonValueKind.String, string.Empty, reader.GetString());
            case JsonTokenType.Number:
                return new PositionedJsonScalar(new JsonPosition(line, column, path), JsonValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan), null);
            case JsonTokenType.True:
                return new PositionedJsonScalar(new JsonPosition(line, column, path), JsonValueKind.True, "true", null);
            case JsonTokenType.False:
                return new PositionedJsonScalar(new JsonPosition(line, column, path), JsonValueKind.False, "false", null);
            default:
                return new PositionedJsonScalar(new JsonPosition(line, column, path), JsonValueKind.Null, "null", null);
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');

    private static int[] LineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static (int Line, int Column) Position(int[] lineStarts, int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    private static string TrimReaderMessage(string message)
    {
        // The reader appends its own "LineNumber: n | BytePositionInLine: m." which the problem already carries.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
