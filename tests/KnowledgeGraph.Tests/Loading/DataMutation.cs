using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Loading;
using JsonNode = System.Text.Json.Nodes.JsonNode;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>The ways a hand-edited data file goes wrong (and a few harmless edits that must not break it).</summary>
internal enum MutationKind
{
    DropField,
    SwapType,
    Truncate,
    CorruptUtf8,
    DuplicateItem,
    DanglingReference,
    DeleteFile,
    EmptyFile,
    FlipByte,
    DeepNesting,
    DuplicateKey,
    HarmlessLineEndings,
    HarmlessByteOrderMark,
}

/// <summary>
/// One edit of one data file, described by plain integers so that CsCheck can shrink a failing edit to a small
/// one: <see cref="A"/> picks the place, <see cref="B"/> the replacement.
/// </summary>
internal sealed record DataMutation(MutationKind Kind, int File, int A, int B)
{
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80],
    ];

    private static readonly string[] ReferenceNames = ["source", "target", "type", "document", "footnote", "paragraph", "kind", "outletEntity", "authors", "certainty", "sourceKinds", "targetKinds"];

    private static readonly Func<int, JsonNode?>[] Replacements =
    [
        _ => JsonValue.Create("x"),
        _ => JsonValue.Create(string.Empty),
        _ => JsonValue.Create(42),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(1.5),
        _ => JsonNode.Parse("1e400"),
        _ => JsonNode.Parse("123456789012345678901234567890"),
        _ => JsonValue.Create(true),
        _ => null,
        _ => new JsonArray(),
        _ => new JsonObject(),
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        _ => new JsonObject { ["a"] = 1 },
        _ => JsonValue.Create(new string('x', 100_000)),
        _ => JsonValue.Create("2025-02-30"),
        _ => JsonValue.Create("\u202Earmenia\u0000"),
    ];

    /// <summary>Applies the edit to a copy of the data set.</summary>
    public List<GraphDataFile> Apply(IReadOnlyList<GraphDataFile> files)
    {
        var result = files.ToList();
        var index = File % result.Count;
        var file = result[index];
        var bytes = file.Content;
        switch (Kind)
        {
            case MutationKind.DeleteFile:
                result.RemoveAt(index);
                return result;
            case MutationKind.EmptyFile:
                bytes = [];
                break;
            case MutationKind.Truncate:
                bytes = bytes[..(A % Math.Max(1, bytes.Length))];
                break;
            case MutationKind.CorruptUtf8:
                var at = A % Math.Max(1, bytes.Length);
                bytes = [.. bytes[..at], .. InvalidUtf8[B % InvalidUtf8.Length], .. bytes[at..]];
                break;
            case MutationKind.FlipByte:
                bytes = (byte[])bytes.Clone();
                if (bytes.Length > 0)
                {
                    bytes[A % bytes.Length] = (byte)B;
                }

                break;
            case MutationKind.DuplicateKey:
                bytes = InsertAfterNthBrace(bytes, A, "\"id\": \"duplicate-key\", \"id\": \"again\",");
                break;
            case MutationKind.DeepNesting:
                bytes = EditJson(bytes, root => Replace(root, A, _ => JsonNode.Parse(new string('[', 100 + (B % 2000)) + new string(']', 100 + (B % 2000)), documentOptions: new JsonDocumentOptions { MaxDepth = 10_000 })));
                break;
            case MutationKind.DropField:
                bytes = EditJson(bytes, root => DropProperty(root, A));
                break;
            case MutationKind.SwapType:
                bytes = EditJson(bytes, root => Replace(root, A, Replacements[B % Replacements.Length]));
                break;
            case MutationKind.DuplicateItem:
                bytes = EditJson(bytes, root => DuplicateArrayItem(root, A));
                break;
            case MutationKind.DanglingReference:
                bytes = EditJson(bytes, root => Dangle(root, A, B));
                break;
            case MutationKind.HarmlessLineEndings:
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n", StringComparison.Ordinal));
                break;
            case MutationKind.HarmlessByteOrderMark:
                bytes = [0xEF, 0xBB, 0xBF, .. bytes];
                break;
        }

        result[index] = file with { Content = bytes };
        return result;
    }

    public string Describe(IReadOnlyList<GraphDataFile> files) => $"{Kind} in {files[File % files.Count].Path} (A={A}, B={B})";

    private static byte[] EditJson(byte[] bytes, Action<JsonNode> edit)
    {
        try
        {
            var root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 10_000 });
            if (root is null)
            {
                return bytes;
            }

            edit(root);
            return Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, MaxDepth = 10_000 }));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Already broken by an earlier edit (malformed, duplicate keys): leave it as it is.
            return bytes;
        }
    }

    private static List<JsonNode> Nodes(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            nodes.Add(node);
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o)
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        return nodes;
    }

    private static void Replace(JsonNode root, int a, Func<int, JsonNode?> make)
    {
        var candidates = Nodes(root).Where(n => n.Parent is not null).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var node = candidates[a % candidates.Count];
        var replacement = make(a);
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private static void DropProperty(JsonNode root, int a)
    {
        var properties = Nodes(root).OfType<JsonObject>().SelectMany(o => o.Select(p => (Owner: o, p.Key))).ToList();
        if (properties.Count > 0)
        {
            var (owner, key) = properties[a % properties.Count];
            owner.Remove(key);
        }
    }

    private static void DuplicateArrayItem(JsonNode root, int a)
    {
        var items = Nodes(root).OfType<JsonObject>().Where(o => o.Parent is JsonArray).ToList();
        if (items.Count > 0)
        {
            var item = items[a % items.Count];
            ((JsonArray)item.Parent!).Add(item.DeepClone());
        }
    }

    private static void Dangle(JsonNode root, int a, int b)
    {
        var references = Nodes(root).OfType<JsonObject>()
            .SelectMany(o => o.Where(p => ReferenceNames.Contains(p.Key)).Select(p => (Owner: o, p.Key)))
            .ToList();
        if (references.Count == 0)
        {
            return;
        }

        var (owner, key) = references[a % references.Count];
        owner[key] = owner[key] switch
        {
            JsonArray => new JsonArray(JsonValue.Create($"no-such-{key}-{b}")),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(9000 + (b % 1000)),
            _ => JsonValue.Create($"no-such-{key}-{b}"),
        };
    }

    private static byte[] InsertAfterNthBrace(byte[] bytes, int n, string text)
    {
        var braces = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'{').ToList();
        if (braces.Count == 0)
        {
            return bytes;
        }

        var at = braces[n % braces.Count] + 1;
        return [.. bytes[..at], .. Encoding.UTF8.GetBytes(text), .. bytes[at..]];
    }
}
