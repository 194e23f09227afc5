using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>How <see cref="Graph.ImportCsv"/> reads a nodes file and an edges file, and what it does with unknown values.</summary>
/// <remarks>
/// A kind or relation type value from the files is first looked up in <see cref="KindMap"/> or
/// <see cref="RelationTypeMap"/> (a value without an entry stays as it is), then among <see cref="EntityKinds"/> or
/// <see cref="RelationTypes"/>. A name found in neither is registered as a new kind or type when
/// <see cref="RegisterUnknown"/> is set (the default), and is a problem of its row otherwise.
/// </remarks>
public sealed record CsvImportOptions
{
    /// <summary>Gets the default options: no vocabulary, no maps, unknown values registered, all cores.</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>Gets the entity kinds known beforehand (for example <c>Graph.LoadDefault().EntityKinds</c>), in the order the graph lists them.</summary>
    public ImmutableArray<EntityKind> EntityKinds { get; init; } = [];

    /// <summary>Gets the relation types known beforehand, with their labels and polarity, in the order the graph lists them.</summary>
    public ImmutableArray<RelationType> RelationTypes { get; init; } = [];

    /// <summary>Gets a table from kind values of the nodes file to kind names (e.g. <c>Person</c> → <c>Official</c>).</summary>
    public IReadOnlyDictionary<string, string> KindMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a table from type values of the edges file to relation type names (e.g. <c>MET_WITH</c> → <c>met-with</c>).</summary>
    public IReadOnlyDictionary<string, string> RelationTypeMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Gets whether a kind or type that is neither known nor mapped is registered as a new one (its name is the value,
    /// its labels are made from the name, its polarity is neutral); when <see langword="false"/>, each row holding
    /// one is a problem. <see langword="true"/> by default.
    /// </summary>
    public bool RegisterUnknown { get; init; } = true;

    /// <summary>Gets how many problems are collected before the import gives up; 100 by default.</summary>
    public int MaxProblems { get; init; } = 100;

    /// <summary>Gets how many threads read the edges file at once; the number of processors by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
