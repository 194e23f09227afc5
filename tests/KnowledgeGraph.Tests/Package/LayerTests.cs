using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Tests.Package;

/// <summary>
/// The library's layers depend in one direction (docs/ARCHITECTURE.md): the model on nothing, text helpers on
/// nothing, storage (with its index) on the model only, never on the queries built on it. Checked on the compiled
/// assembly, method bodies included, so a cycle cannot come back unnoticed.
/// </summary>
public sealed class LayerTests
{
    private static readonly Type[] LibraryTypes = typeof(Graph).Assembly.GetTypes();

    [TestCase("KnowledgeGraph.Model", new[] { "KnowledgeGraph.Model" })]
    [TestCase("KnowledgeGraph.Text", new[] { "KnowledgeGraph.Text" })]
    [TestCase("KnowledgeGraph.Storage", new[] { "KnowledgeGraph.Storage", "KnowledgeGraph.Model", "KnowledgeGraph.Text", "KnowledgeGraph" })]
    [TestCase("KnowledgeGraph.Resolution", new[] { "KnowledgeGraph.Resolution", "KnowledgeGraph.Model", "KnowledgeGraph.Text", "KnowledgeGraph.Storage" })]
    [TestCase("KnowledgeGraph.Review", new[] { "KnowledgeGraph.Review", "KnowledgeGraph.Loading", "KnowledgeGraph.Model", "KnowledgeGraph.Text", "KnowledgeGraph.Storage", "KnowledgeGraph" })]
    public void Layer_UsesOnlyTheLayersBelowIt(string layer, string[] allowed)
    {
        var types = LibraryTypes.Where(t => t.Namespace == layer).ToList();
        Assert.That(types, Is.Not.Empty, $"no type in {layer}");

        var violations = types
            .SelectMany(t => TypeReferences.Of(t).SelectMany(TypeReferences.TypesOf).Select(used => (User: t, Used: used)))
            .Where(p => p.Used.Assembly == typeof(Graph).Assembly && p.Used.Namespace is { } ns && ns.StartsWith("KnowledgeGraph", StringComparison.Ordinal) && !allowed.Contains(ns))
            .Select(p => $"{p.User.FullName} uses {p.Used.FullName}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Scanner_SeesUsesInMethodBodies()
    {
        // The engine uses the index in bodies and signatures, and the traversal kernels in bodies only: the check can fail.
        var used = TypeReferences.Of(typeof(KnowledgeGraph.Queries.QueryEngine))
            .SelectMany(TypeReferences.TypesOf).Select(t => t.FullName).ToHashSet();

        Assert.That(used, Does.Contain("KnowledgeGraph.Storage.GraphIndex").And.Contain("KnowledgeGraph.Queries.KShortestPaths"));
    }
}
