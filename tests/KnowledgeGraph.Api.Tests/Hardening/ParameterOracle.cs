using System.Globalization;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>What a parameter holds, which decides whether a value may legitimately be accepted.</summary>
public enum ParameterKind
{
    FreeText,
    Integer,
    Boolean,
    Direction,
    Measure,
    Weighting,
    RelationTypes,
    EntityKinds,
    Certainties,
    EntityIdList,
    EntityRef,
    EntityId,
    Date,
    ExportFormat,
    DocumentId,
    DocumentIdList,
}

/// <summary>
/// Knows every parameter of the API by name and decides, for a value as the server decodes it, whether a 2xx is a
/// legitimate answer; otherwise the answer must be a 4xx problem naming the parameter. A parameter the table does
/// not know fails the corpus test, so a new parameter cannot escape it.
/// </summary>
public sealed class ParameterOracle(Graph graph)
{
    public static IReadOnlyDictionary<string, ParameterKind> Kinds { get; } = new Dictionary<string, ParameterKind>(StringComparer.Ordinal)
    {
        ["search"] = ParameterKind.FreeText,
        ["kind"] = ParameterKind.EntityKinds,
        ["kinds"] = ParameterKind.EntityKinds,
        ["excludeKinds"] = ParameterKind.EntityKinds,
        ["limit"] = ParameterKind.Integer,
        ["offset"] = ParameterKind.Integer,
        ["k"] = ParameterKind.Integer,
        ["maxLength"] = ParameterKind.Integer,
        ["depth"] = ParameterKind.Integer,
        ["all"] = ParameterKind.Boolean,
        ["includeUncertain"] = ParameterKind.Boolean,
        ["includeDenied"] = ParameterKind.Boolean,
        ["direction"] = ParameterKind.Direction,
        ["measure"] = ParameterKind.Measure,
        ["weighting"] = ParameterKind.Weighting,
        ["relationTypes"] = ParameterKind.RelationTypes,
        ["excludeRelationTypes"] = ParameterKind.RelationTypes,
        ["type"] = ParameterKind.RelationTypes,
        ["certainty"] = ParameterKind.Certainties,
        ["excludeEntities"] = ParameterKind.EntityIdList,
        ["from"] = ParameterKind.EntityRef,
        ["to"] = ParameterKind.EntityRef,
        ["entity"] = ParameterKind.EntityId,
        ["source"] = ParameterKind.EntityId,
        ["target"] = ParameterKind.EntityId,
        ["asOf"] = ParameterKind.Date,
        ["since"] = ParameterKind.Date,
        ["until"] = ParameterKind.Date,
        ["format"] = ParameterKind.ExportFormat,
        ["documents"] = ParameterKind.DocumentIdList,
        ["excludeDocuments"] = ParameterKind.DocumentIdList,
        ["minSources"] = ParameterKind.Integer,
        ["knownAt"] = ParameterKind.Date,
        ["includeContested"] = ParameterKind.Boolean,
        ["contested"] = ParameterKind.Boolean,
    };

    /// <summary>Path parameters, which mean something else on each route.</summary>
    public static IReadOnlyDictionary<(string Route, string Name), ParameterKind> PathKinds { get; } = new Dictionary<(string, string), ParameterKind>
    {
        [("/api/entities/{id}", "id")] = ParameterKind.EntityRef,
        [("/api/entities/{id}/neighbourhood", "id")] = ParameterKind.EntityRef,
        [("/api/documents/{id}", "id")] = ParameterKind.DocumentId,
    };

    /// <summary>Gets what a parameter of a route holds, or null when neither table knows it.</summary>
    public static ParameterKind? KindOf(string route, string name, bool inPath) =>
        inPath
            ? PathKinds.TryGetValue((route, name), out var pathKind) ? pathKind : null
            : Kinds.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The value a request carries for a parameter it does not test (the routes' required parameters).</summary>
    public string? Baseline(ParameterKind kind, string name) => (kind, name) switch
    {
        (ParameterKind.EntityRef, "to") => "israel",
        (ParameterKind.EntityRef, _) => "armenia",
        (ParameterKind.DocumentId, _) => graph.Documents[0].Id,
        _ => null,
    };

    /// <summary>Two valid values of a parameter, for the repeated-parameter cases.</summary>
    public static (string First, string Second) ValidPair(ParameterKind kind) => kind switch
    {
        ParameterKind.FreeText => ("armenia", "russia"),
        ParameterKind.Integer => ("1", "2"),
        ParameterKind.Boolean => ("true", "false"),
        ParameterKind.Direction => ("out", "in"),
        ParameterKind.Measure => ("degree", "betweenness"),
        ParameterKind.Weighting => ("hops", "prefer-supported"),
        ParameterKind.RelationTypes => ("cooperates-with", "held-phone-call-with"),
        ParameterKind.EntityKinds => ("State", "Official"),
        ParameterKind.Certainties => ("stated", "denied"),
        ParameterKind.Date => ("2025-03", "2025-04"),
        ParameterKind.ExportFormat => ("graphml", "gexf"),
        ParameterKind.DocumentIdList => ("armenia-new-diplomatic-moves-2025", "armenia-new-diplomatic-moves-2025"),
        _ => ("armenia", "russia"),
    };

    /// <summary>Decodes a value as the server does: the query turns '+' into a space; the path keeps %2F encoded.</summary>
    public static string Decode(string encoded, bool inPath) => inPath
        ? Uri.UnescapeDataString(encoded.Replace("%2F", "\u0001SLASH", StringComparison.OrdinalIgnoreCase)).Replace("\u0001SLASH", "%2F", StringComparison.Ordinal)
        : Uri.UnescapeDataString(encoded.Replace('+', ' '));

    /// <summary>Whether the value, as decoded, may legitimately be answered with a 2xx.</summary>
    public bool MayAccept(ParameterKind kind, string value)
    {
        if (value.Length > 200)
        {
            // Over every documented maximum (ids, names, dates, and search's 200 characters).
            return false;
        }

        var blank = string.IsNullOrWhiteSpace(value);
        return kind switch
        {
            ParameterKind.FreeText => true,
            ParameterKind.Integer => blank || int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            ParameterKind.Boolean => blank || bool.TryParse(value, out _),
            ParameterKind.Direction => blank || value.Trim().ToLowerInvariant() is "out" or "in" or "both",
            ParameterKind.Measure => blank || value.Trim().ToLowerInvariant() is "degree" or "betweenness",
            ParameterKind.Weighting => blank || value.Trim().ToLowerInvariant() is "hops" or "prefer-supported" or "prefer-stated" or "prefer-cooperative",
            ParameterKind.RelationTypes => Items(value).All(i => graph.FindRelationType(i) is not null),
            ParameterKind.EntityKinds => Items(value).All(i => graph.FindEntityKind(i) is not null),
            ParameterKind.Certainties => Items(value).All(i => i is "stated" or "reported" or "hedged" or "hypothetical" or "denied"),
            ParameterKind.EntityIdList => Items(value).All(i => graph.FindEntity(i) is not null),
            ParameterKind.EntityRef => !blank && graph.ResolveEntity(value.Trim()) is not null,
            ParameterKind.EntityId => blank || graph.FindEntity(value) is not null,
            ParameterKind.Date => blank || PartialDate.TryParse(value.Trim(), out _),
            ParameterKind.ExportFormat => blank || ExportFormatInfo.TryParse(value, out _),
            ParameterKind.DocumentId => graph.FindDocument(value) is not null,
            ParameterKind.DocumentIdList => Items(value).All(i => graph.FindDocument(i) is not null),
            _ => false,
        };
    }

    private static string[] Items(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
