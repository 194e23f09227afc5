using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>Seeded random multigraphs and filters for the brute-force oracle tests.</summary>
internal static class RandomGraphs
{
    public static readonly string[] Kinds = ["State", "Official", "Organization"];
    public static readonly string[] Types = ["t0", "t1", "t2"];
    private static readonly Polarity[] Polarities = [Polarity.Cooperative, Polarity.Neutral, Polarity.Conflictual];
    private static readonly Certainty[] Certainties = [Certainty.Stated, Certainty.Stated, Certainty.Stated, Certainty.Stated, Certainty.Reported, Certainty.Hedged, Certainty.Hypothetical, Certainty.Denied];

    /// <summary>The documents of <see cref="CreateWithSources"/> and their outlets: s1 is a second document of s0's outlet, s4 reprints s3.</summary>
    private static readonly (string Document, string Outlet, string[] DerivedFrom)[] SourceDocuments =
        [("s0", "o0", []), ("s1", "o0", []), ("s2", "o1", []), ("s3", "o2", []), ("s4", "o3", ["s3"]), ("s5", "o4", []), ("s6", "o5", [])];

    /// <summary>A multigraph of 2 to 7 entities and up to 20 relations, parallel ones included, no self loops.</summary>
    public static Graph Create(Random random) => Build(random, out _).Build();

    /// <summary>
    /// A multigraph as <see cref="Create"/> makes, whose relations are each supported by one document, or by three to six of seven
    /// documents from five independent outlets (two documents share an outlet, one reprints another).
    /// </summary>
    public static Graph CreateWithSources(Random random)
    {
        var builder = Build(random, out var relationCount);
        foreach (var (document, outlet, derivedFrom) in SourceDocuments)
        {
            builder.OutletDocument(document, outlet, derivedFrom);
        }

        for (var e = 0; e < relationCount; e++)
        {
            var count = random.Next(2) == 0 ? 1 : random.Next(3, 7);
            builder.SupportedBy($"r{e}", [.. SourceDocuments.Select(d => d.Document).OrderBy(_ => random.Next()).Take(count)]);
        }

        return builder.Build();
    }

    /// <summary>A filter as <see cref="RandomFilter"/> makes, with random source conditions on the documents of <see cref="CreateWithSources"/>.</summary>
    public static TraversalFilter RandomSourceFilter(Random random, Graph graph)
    {
        var filter = RandomFilter(random, graph);
        var documents = SourceDocuments.Select(d => d.Document).ToArray();
        return random.Next(4) switch
        {
            0 => filter with { Documents = [.. documents.Where(_ => random.Next(2) == 0)] },
            1 => filter with { ExcludedDocuments = [Pick(random, documents)] },
            2 => filter with { MinSources = random.Next(1, 3) },
            _ => filter,
        };
    }

    private static TestGraphBuilder Build(Random random, out int relationCount)
    {
        var builder = new TestGraphBuilder();
        for (var t = 0; t < Types.Length; t++)
        {
            builder.Type(Types[t], $"{Types[t]}s", $"is {Types[t]}ed by", Polarities[t]);
        }

        var nodeCount = random.Next(2, 8);
        for (var n = 0; n < nodeCount; n++)
        {
            builder.Entity($"n{n}", Kinds[random.Next(Kinds.Length)]);
        }

        var edgeCount = random.Next(0, 21);
        for (var e = 0; e < edgeCount; e++)
        {
            var source = random.Next(nodeCount);
            var target = random.Next(nodeCount - 1);
            target = target >= source ? target + 1 : target;
            builder.Relation(
                $"r{e}",
                Types[random.Next(Types.Length)],
                $"n{source}",
                $"n{target}",
                Certainties[random.Next(Certainties.Length)],
                RandomTime(random));
        }

        relationCount = edgeCount;
        return builder;
    }

    public static TraversalFilter RandomFilter(Random random, Graph graph)
    {
        var filter = new TraversalFilter
        {
            Direction = (Direction)random.Next(3),
            IncludeUncertain = random.Next(2) == 0,
        };
        if (random.Next(4) == 0)
        {
            filter = filter with { TypeDirections = ImmutableDictionary<string, Direction>.Empty.Add(Pick(random, Types), (Direction)random.Next(3)) };
        }

        if (random.Next(4) == 0)
        {
            filter = filter with { RelationTypes = [.. Types.Where(_ => random.Next(2) == 0)] };
        }

        if (random.Next(5) == 0)
        {
            filter = filter with { ExcludedRelationTypes = [Pick(random, Types)] };
        }

        if (random.Next(4) == 0)
        {
            filter = filter with { Kinds = [.. Kinds.Where(_ => random.Next(3) != 0)] };
        }

        if (random.Next(5) == 0)
        {
            filter = filter with { ExcludedKinds = [Pick(random, Kinds)] };
        }

        if (random.Next(4) == 0)
        {
            filter = filter with { ExcludedEntities = [graph.Entities[random.Next(graph.Entities.Length)].Id] };
        }

        if (random.Next(8) == 0)
        {
            filter = filter with { AsOf = RandomDay(random) };
        }

        if (random.Next(5) == 0)
        {
            var a = RandomDay(random);
            var b = RandomDay(random);
            filter = filter with
            {
                Since = random.Next(3) == 0 ? null : (a < b ? a : b),
                Until = random.Next(3) == 0 ? null : (a < b ? b : a),
            };
        }

        return filter;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // Few distinct days, so windows often meet relation bounds exactly.
    private static DateOnly RandomDay(Random random) => new DateOnly(2024, 1, 1).AddDays(random.Next(40) * 18);

    private static RelationTime RandomTime(Random random)
    {
        var day = RandomDay(random);
        return random.Next(5) switch
        {
            0 => RelationTime.At(new PartialDate(day.Year, day.Month, day.Day)),
            1 => RelationTime.At(new PartialDate(day.Year, day.Month)),
            2 => RelationTime.Between(new PartialDate(day.Year, day.Month), random.Next(2) == 0 ? null : new PartialDate(day.Year + 1)),
            3 => RelationTime.Between(null, new PartialDate(day.Year, day.Month, day.Day)),
            _ => RelationTime.Unknown,
        };
    }
}
