using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>How a lexicon concept finds its relation type in the vocabulary.</summary>
public sealed class TypeResolverTests
{
    private static readonly TypeResolver Resolver = new(TestGraph);

    [Test]
    public void Resolve_NamedTypeThatFits_IsTaken() =>
        Assert.That(Resolver.Resolve(["met-with"], "CONSULT", "meet", ["met"], "Official", "Official", out _)?.Name, Is.EqualTo("met-with"));

    [Test]
    public void Resolve_NamedTypeWhoseKindsDoNotFit_FallsBackToNothing() =>
        Assert.That(Resolver.Resolve(["met-with"], "CONSULT", "meet", ["met"], "Official", "Agreement", out _), Is.Null);

    [Test]
    public void Resolve_NoNamedTypeInTheVocabulary_FallsBackOnPloverAndKeywords() =>
        Assert.That(Resolver.Resolve(["held-talks-with"], "CONSULT", "meet", ["met"], "Official", "Official", out _)?.Name, Is.EqualTo("met-with"));

    [Test]
    public void Resolve_MeetingWithAPlace_IsNoVisit() =>
        // met-with allows no Place; visited (also CONSULT) would, but a meeting is no visit.
        Assert.That(Resolver.Resolve(["met-with"], "CONSULT", null, [], "Official", "Place", out _), Is.Null);

    [Test]
    public void Resolve_UnknownNamedTypeForAPlace_FallsBackOnThePloverCategory() =>
        Assert.That(Resolver.Resolve(["paid-visit-to"], "CONSULT", "visit", ["visit"], "Official", "Place", out _)?.Name, Is.EqualTo("visited"));
}
