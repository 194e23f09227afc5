using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>How a lexicon concept's type names resolve against a vocabulary and the kinds of the two ends.</summary>
public sealed class TypeResolverTests
{
    [Test]
    public void Resolve_NamedTypeThatFits_IsTaken() =>
        Assert.That(new TypeResolver(TestGraph).Resolve(["met-with"], "CONSULT", null, [], "Official", "State", out _)?.Name, Is.EqualTo("met-with"));

    [Test]
    public void Resolve_NamedTypeThatExistsButDoesNotFitTheKinds_GuessesNoOtherType()
    {
        // met-with allows no Place; visited (also CONSULT) would, but a meeting is no visit.
        Assert.That(new TypeResolver(TestGraph).Resolve(["met-with"], "CONSULT", null, [], "Official", "Place", out _), Is.Null);
    }

    [Test]
    public void Resolve_NoNamedTypeInTheVocabulary_FallsBackOnThePloverCategory() =>
        Assert.That(new TypeResolver(TestGraph).Resolve(["paid-visit-to"], "CONSULT", "visit", ["visit"], "Official", "Place", out _)?.Name, Is.EqualTo("visited"));
}
