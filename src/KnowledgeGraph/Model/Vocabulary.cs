using System.Collections.Immutable;

namespace KnowledgeGraph.Model;

/// <summary>A kind of entity (State, Official, Organization, ...), defined in the data's vocabulary.</summary>
/// <param name="Name">The kind's name as used in data and queries, e.g. <c>State</c>.</param>
/// <param name="Description">What entities of this kind are.</param>
public sealed record EntityKind(string Name, string Description);

/// <summary>The PLOVER event type and mode that a relation type corresponds to.</summary>
/// <param name="Type">The PLOVER event type, e.g. <c>CONSULT</c>.</param>
/// <param name="Mode">The PLOVER mode, e.g. <c>phone</c>, or <see langword="null"/>.</param>
public sealed record PloverMapping(string Type, string? Mode);

/// <summary>
/// A type of relation in the data's vocabulary: its labels for sentences, the entity kinds allowed at
/// each end, its polarity and its mapping to PLOVER and CAMEO.
/// </summary>
public sealed record RelationType
{
    /// <summary>Gets the type's name as used in data and queries, e.g. <c>held-phone-call-with</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the clause read from the source: "<c>source</c> held a phone call with <c>target</c>".</summary>
    public required string Label { get; init; }

    /// <summary>Gets the clause read from the target: "<c>target</c> {InverseLabel} <c>source</c>".</summary>
    public required string InverseLabel { get; init; }

    /// <summary>Gets a sentence describing the type.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the entity kinds allowed as source.</summary>
    public required ImmutableArray<string> SourceKinds { get; init; }

    /// <summary>Gets the entity kinds allowed as target.</summary>
    public required ImmutableArray<string> TargetKinds { get; init; }

    /// <summary>Gets whether the relation reads the same in both directions.</summary>
    public bool Symmetric { get; init; }

    /// <summary>Gets whether the type is cooperative, conflictual or neutral.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>Gets the PLOVER event type and mode, or <see langword="null"/> when none fits.</summary>
    public PloverMapping? Plover { get; init; }

    /// <summary>Gets the CAMEO code, or <see langword="null"/> when unknown.</summary>
    public string? Cameo { get; init; }
}
