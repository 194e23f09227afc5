using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Extraction;

/// <summary>One concept of the trigger lexicon: the words that express it and the relation types it maps to.</summary>
internal sealed record TriggerConcept
{
    public required string Concept { get; init; }

    public ImmutableArray<string> Types { get; init; } = [];

    public string? Plover { get; init; }

    public string? Mode { get; init; }

    public ImmutableArray<string> Keywords { get; init; } = [];

    public bool Symmetric { get; init; }

    public ImmutableArray<string> Verbs { get; init; } = [];

    public ImmutableArray<string> Nouns { get; init; } = [];

    public ImmutableArray<string> TargetPrepositions { get; init; } = [];

    public bool ObjectIsTarget { get; init; }

    /// <summary>Gets whether "A's noun ... accepted by B" makes B the target (an invitation accepted by its invitee).</summary>
    public bool AcceptedByIsTarget { get; init; }

    /// <summary>Gets whether the target is the possessor of the object ("accepted Putin's invitation" targets Putin).</summary>
    public bool ObjectIsPossessor { get; init; }

    /// <summary>Gets whether the first fitting mention after the trigger is its target ("announced that a referendum ...").</summary>
    public bool FirstMentionIsTarget { get; init; }

    /// <summary>Gets whether a mention right before the participle is what was acted upon ("the Charter, signed with X").</summary>
    public bool ReducedRelativeIsTarget { get; init; }

    /// <summary>Gets whether a mention right before the participle acts ("a treaty aimed at ending the conflict").</summary>
    public bool ReducedRelativeIsAgent { get; init; }

    /// <summary>Gets the entity kinds the target must have, when the concept is about things rather than actors.</summary>
    public ImmutableArray<string> TargetKinds { get; init; } = [];

    /// <summary>Gets the types that replace the concept's own when the text states only readiness, intent or a plan ("ready to sign": expressed-readiness-to-sign).</summary>
    public ImmutableArray<string> IntentTypes { get; init; } = [];

    /// <summary>Gets the types that replace the concept's own when the act is what someone asks for ("appealed to the OSCE to dissolve the Group": requested-dissolution-of); the request itself is then the fact.</summary>
    public ImmutableArray<string> RequestTypes { get; init; } = [];

    /// <summary>Gets whether the ends after "with" act too when a document is the object ("A signed the Charter with B": B signed it).</summary>
    public bool WithPartnersAct { get; init; }

    /// <summary>Gets whether a direct object and a prepositional end are both targets ("connects A with B").</summary>
    public bool ObjectAndPrepositionTargets { get; init; }

    /// <summary>Gets prepositions whose ends get other types ("connects A with B through C": C is passed through).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> PrepositionTypes { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Gets words one of which the target's name must contain ("university" for studied-at), when given.</summary>
    public ImmutableArray<string> TargetHeads { get; init; } = [];

    /// <summary>
    /// Gets words one of which must be a word of the acting end's name, when given: for convene, a gathering ("summit",
    /// "forum"), since only a gathering has those it "brings together" take part ("the 2020 war brought together A and B" does not).
    /// </summary>
    public ImmutableArray<string> SubjectHeads { get; init; } = [];

    /// <summary>
    /// Gets words one of which a verb trigger's object must contain, when given: "imposed sanctions", "recalled its
    /// ambassador", "delivered Caesar howitzers", "passed the law" (after the verb; before it in a passive). Without
    /// one the verb is another sense ("recalled that", "passed through") and proposes nothing.
    /// </summary>
    public ImmutableArray<string> ObjectHeads { get; init; } = [];

    /// <summary>Gets words that, near a verb trigger in its clause, mark another sense of the verb ("attacked X in a statement", "sharply attacked X for its position": a verbal attack).</summary>
    public ImmutableArray<string> OtherSenseCues { get; init; } = [];

    /// <summary>Gets whether a denied or negated trigger states nothing ("is not an ally of Russia" denies an alliance, not relations).</summary>
    public bool NegationStatesNothing { get; init; }

    /// <summary>
    /// Gets whether the nouns name the change asked for, not the asking: "the dissolution of the Minsk Group" is a request only
    /// after a word of asking in its clause ("called for the dissolution", "a request for the closure"); alone it is the event.
    /// </summary>
    public bool NounsNeedAsking { get; init; }

    /// <summary>
    /// Gets whether a noun trigger needs one of <see cref="ObjectHeads"/> (or a weapon) next to it, as a verb does: "arms
    /// purchases from France", "the purchase of howitzers from India"; "gas imports from Russia" is another trade.
    /// </summary>
    public bool NounsNeedObjectHead { get; init; }

    /// <summary>Gets whether the type reads the other way: the concept's target is the type's source ("X supplied arms to Y": Y acquired-arms-from X).</summary>
    public bool Reverse { get; init; }
}

/// <summary>An office title and the relation types that say who holds it where.</summary>
internal sealed record RoleConcept
{
    public required string Concept { get; init; }

    public ImmutableArray<string> Types { get; init; } = [];

    public ImmutableArray<string> Keywords { get; init; } = [];

    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Gets the types that say where the holder is posted, read from "to" after the title ("ambassador to Armenia": ambassador-to).</summary>
    public ImmutableArray<string> HostTypes { get; init; } = [];

    /// <summary>Gets whether the office is read only in a body ("the EU's special envoy"); in a state ("Russia's envoy to the EU") it names no office.</summary>
    public bool BodiesOnly { get; init; }
}

/// <summary>Relation types for citations.</summary>
internal sealed record CitationTypes
{
    public ImmutableArray<string> ReportedOn { get; init; } = [];

    public ImmutableArray<string> WroteFor { get; init; } = [];
}

/// <summary>
/// The trigger lexicon: verbs and nominalizations mapped to relation concepts, office titles mapped to role
/// concepts. It is data (an embedded JSON file) so analysts can extend it without code.
/// </summary>
internal sealed record TriggerLexicon
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static readonly Lazy<TriggerLexicon> DefaultLexicon = new(() =>
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data.lexicon.json")
            ?? throw new InvalidOperationException("The embedded lexicon.json is missing (a packaging error).");
        return FromStream(stream);
    });

    public ImmutableArray<TriggerConcept> Relations { get; init; } = [];

    public ImmutableArray<RoleConcept> Roles { get; init; } = [];

    public ImmutableArray<string> GenericRoleTypes { get; init; } = [];

    public ImmutableArray<string> PartOfTypes { get; init; } = [];

    /// <summary>Gets the types that say a document is done (signed, has parties): never stated for a draft, unsigned or envisaged document.</summary>
    public ImmutableArray<string> CompletedDocumentTypes { get; init; } = [];

    /// <summary>Gets, per entity kind, the types that make the parties named in its name ("Armenia-Azerbaijan conflict") its members or participants.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> NameParties { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Gets the words that introduce the members of a group: "the 3+3 format (involving A, B and C)".</summary>
    public ImmutableArray<string> ListMembership { get; init; } = [];

    /// <summary>Gets the types for what a footnote's citation says: its outlet reported on the cited title's subject, its author wrote for the outlet.</summary>
    public CitationTypes Citation { get; init; } = new();

    public static TriggerLexicon Default => DefaultLexicon.Value;

    /// <summary>The relation concept of that name ("supply", "attend"), or null when the lexicon has none.</summary>
    public TriggerConcept? Concept(string name) => Relations.FirstOrDefault(c => c.Concept == name);

    /// <summary>The relation types of the concept of that name, in the lexicon's order (none when it has no such concept).</summary>
    public IEnumerable<string> TypesOf(string name) => Concept(name)?.Types ?? [];

    public static TriggerLexicon FromStream(Stream stream) =>
        JsonSerializer.Deserialize<TriggerLexicon>(stream, Options) ?? throw new JsonException("The lexicon is empty.");
}
