using System.Reflection;
using QuikGraph;

namespace KnowledgeGraph.Tests.Package;

/// <summary>
/// The package's public surface: no QuikGraph type leaks into it, and every public type is declared in the
/// PublicAPI files that the analyzer checks member by member (so the guard holds even if the analyzer goes).
/// </summary>
public sealed class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(Graph).Assembly;

    [Test]
    public void ExportedTypes_Signatures_NeverMentionQuikGraph() =>
        Assert.That(QuikGraphLeaks(Library.GetExportedTypes()), Is.Empty,
            "QuikGraph is an implementation detail: keep its types out of public signatures.");

    [Test]
    public void QuikGraphLeaks_TypeWithQuikGraphInItsSignatures_IsReportedForEachLeak() =>
        Assert.That(QuikGraphLeaks([typeof(Leaky)]), Is.EqualTo(new[]
        {
            $"{typeof(Leaky).FullName} uses QuikGraph.AdjacencyGraph`2",
            $"{typeof(Leaky).FullName} uses QuikGraph.Edge`1",
        }));

    [Test]
    public void ExportedTypes_AreExactlyTheTypesOfThePublicApiFiles()
    {
        var declared = File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph", "PublicAPI.Shipped.txt"))
            .Concat(File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph", "PublicAPI.Unshipped.txt")))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("*REMOVED*", StringComparison.Ordinal) && !line.Contains(' ', StringComparison.Ordinal) &&
                !line.Contains('(', StringComparison.Ordinal) && !line.Contains("->", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var exported = Library.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).Order(StringComparer.Ordinal);

        Assert.That(exported, Is.EqualTo(declared),
            "A public type is not declared in src/KnowledgeGraph/PublicAPI.Unshipped.txt (or a declared one is gone): make it internal, or declare it on purpose.");
    }

    [Test]
    public void ExportedTypes_LiveInTheDocumentedNamespaces() =>
        Assert.That(
            Library.GetExportedTypes().Select(t => t.Namespace).Distinct().Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "KnowledgeGraph", "KnowledgeGraph.Export", "KnowledgeGraph.Extraction", "KnowledgeGraph.Loading", "KnowledgeGraph.Model", "KnowledgeGraph.Queries", "KnowledgeGraph.Review" }));

    private static List<string> QuikGraphLeaks(IEnumerable<Type> types) => types
        .SelectMany(type => SignatureTypes(type).Where(IsQuikGraph).Select(used => $"{type.FullName} uses {used.Namespace}.{used.Name}"))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Every type named by the type's visible declaration: bases, interfaces and visible members.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var named = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            named.Add(baseType);
        }

        named.AddRange(type.GetInterfaces());
        foreach (var member in type.GetMembers(Declared).Where(IsVisible))
        {
            switch (member)
            {
                case FieldInfo field:
                    named.Add(field.FieldType);
                    break;
                case PropertyInfo property:
                    named.Add(property.PropertyType);
                    named.AddRange(property.GetIndexParameters().Select(p => p.ParameterType));
                    break;
                case EventInfo @event when @event.EventHandlerType is { } handler:
                    named.Add(handler);
                    break;
                case MethodBase method:
                    named.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is MethodInfo m)
                    {
                        named.Add(m.ReturnType);
                    }

                    break;
            }
        }

        return named.SelectMany(Unwrap);
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    /// <summary>A type and the types inside it: element types of arrays, by-refs and pointers, and generic arguments.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return inner;
            }
        }
    }

    private static bool IsQuikGraph(Type type) =>
        type.Assembly.GetName().Name!.StartsWith("QuikGraph", StringComparison.Ordinal) ||
        (type.Namespace?.StartsWith("QuikGraph", StringComparison.Ordinal) ?? false);

    /// <summary>A public type that leaks QuikGraph through a property and a protected method's parameter, but not through its private method.</summary>
    public class Leaky
    {
        public AdjacencyGraph<int, Edge<int>>? Graph { get; init; }

        protected static int Count(IEnumerable<Edge<string>> edges) => edges.Count();

        private static BidirectionalGraph<int, Edge<int>>? Hidden() => null;
    }
}
