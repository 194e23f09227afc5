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

    /// <summary>A multigraph of 2 to 7 entities and up to 20 relations, parallel ones included, no self loops.</summary>
    public static Graph Create(Random random)
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

        return builder.Build();
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
