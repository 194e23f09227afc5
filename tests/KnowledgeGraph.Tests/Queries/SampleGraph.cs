using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>A small hand-made graph in the article's domain for unit tests of the query API.</summary>
internal static class SampleGraph
{
    public static Graph Instance { get; } = Create();

    private static Graph Create() => new TestGraphBuilder()
        .Type("held-phone-call-with", "held a phone call with", polarity: Polarity.Cooperative)
        .Type("head-of-government-of", "is head of government of", "has as head of government")
        .Type("member-of", "is a member of", "has as member")
        .Type("criticized", "criticized", "was criticized by", Polarity.Conflictual)
        .Type("visited", "visited", "was visited by", Polarity.Cooperative)
        .Entity("armenia", "State", "Armenia", demonyms: ["Armenian"], metonyms: ["Yerevan"])
        .Entity("russia", "State", "Russia", aliases: ["Russian Federation"], metonyms: ["Moscow", "the Kremlin"])
        .Entity("israel", "State", "Israel")
        .Entity("turkiye", "State", "Türkiye", aliases: ["Turkey"])
        .Entity("csto", "Organization", "Collective Security Treaty Organization", aliases: ["CSTO"])
        .Entity("nikol-pashinyan", "Official", "Nikol Pashinyan", aliases: ["Pashinyan"])
        .Entity("vladimir-putin", "Official", "Vladimir Putin", aliases: ["Putin"])
        .Entity("mikhail-galuzin", "Official", "Mikhail Galuzin", aliases: ["Galuzin"])
        .Entity("margarita-simonyan", "Official", "Margarita Simonyan")
        .Entity("mehmet-ergun", "Official", "Mehmet Ergün")
        .Relation("pashinyan-pm", "head-of-government-of", "nikol-pashinyan", "armenia", paragraph: 2)
        .Relation("putin-president", "head-of-government-of", "vladimir-putin", "russia", paragraph: 3)
        .Relation("pashinyan-call-putin", "held-phone-call-with", "nikol-pashinyan", "vladimir-putin", time: RelationTime.At(new PartialDate(2025, 3, 14)), paragraph: 8, footnote: 2)
        .Relation("pashinyan-call-putin-2", "held-phone-call-with", "nikol-pashinyan", "vladimir-putin", Certainty.Reported, RelationTime.At(new PartialDate(2025, 3, 25)), paragraph: 9)
        .Relation("armenia-csto", "member-of", "armenia", "csto", time: RelationTime.Between(new PartialDate(2002), null), paragraph: 4)
        .Relation("russia-csto", "member-of", "russia", "csto", time: RelationTime.Between(new PartialDate(2002), null), paragraph: 4)
        .Relation("russia-israel", "visited", "russia", "israel", Certainty.Hypothetical, RelationTime.At(new PartialDate(2025, 4)), paragraph: 12)
        .Relation("armenia-israel", "criticized", "armenia", "israel", time: RelationTime.At(new PartialDate(2024, 5)), paragraph: 14, footnote: 5)
        .Relation("turkiye-armenia", "visited", "turkiye", "armenia", Certainty.Denied, RelationTime.At(new PartialDate(2025, 3, 20)), paragraph: 15)
        .Relation("galuzin-armenia", "criticized", "mikhail-galuzin", "armenia", Certainty.Hedged, paragraph: 16)
        .Build();
}
