using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>How a scan must check the edges of a row in one step direction (see <see cref="EdgeFilter.ScanMode"/>).</summary>
internal enum RowScan
{
    /// <summary>No edge may be stepped over in this direction: the row is skipped.</summary>
    None,

    /// <summary>Every edge may: no per-edge check.</summary>
    All,

    /// <summary>Only the edge's type decides, read from the row's parallel type array.</summary>
    ByType,

    /// <summary>Type, certainty, time and source conditions are checked per edge.</summary>
    Full,
}

/// <summary>
/// A <see cref="TraversalFilter"/> compiled to ordinals for one query: per relation type the step
/// directions allowed (0 when the type is not followed), per kind whether it may be entered, the
/// certainty rule and the time window as day numbers, so each check during a traversal is a few array reads.
/// </summary>
internal sealed class EdgeFilter
{
    private readonly GraphIndex index;
    private readonly byte[] typeSteps;
    private readonly bool[]? kindAllowed;
    private readonly bool includeUncertain;
    private readonly int windowStart;
    private readonly int windowEnd;
    private readonly bool timed;
    private readonly RowScan alongScan;
    private readonly RowScan againstScan;
    private readonly bool[]? relationAllowed;

    public EdgeFilter(
        GraphIndex index,
        byte[] typeSteps,
        bool[]? kindAllowed,
        int[] excludedNodes,
        bool includeUncertain,
        int windowStart = GraphIndex.OpenStart,
        int windowEnd = GraphIndex.OpenEnd,
        bool[]? relationAllowed = null)
    {
        this.relationAllowed = relationAllowed;
        this.index = index;
        this.typeSteps = typeSteps;
        this.kindAllowed = kindAllowed;
        this.includeUncertain = includeUncertain;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        ExcludedNodes = excludedNodes;
        timed = index.EdgeEarliest is not null && (windowStart != GraphIndex.OpenStart || windowEnd != GraphIndex.OpenEnd);
        var factsAlwaysPass = (includeUncertain || index.AllFactual) && !timed && relationAllowed is null;
        alongScan = Summarise(typeSteps, GraphIndex.AlongBit, factsAlwaysPass);
        againstScan = Summarise(typeSteps, GraphIndex.AgainstBit, factsAlwaysPass);
        HasKindCondition = kindAllowed is not null && Array.IndexOf(kindAllowed, false) >= 0;
    }

    /// <summary>Gets the nodes never entered (the endpoints of a path and the center of a neighbourhood excepted).</summary>
    public int[] ExcludedNodes { get; }

    /// <summary>Gets the step directions allowed per relation type ordinal (index step bits; 0 when not followed).</summary>
    public byte[] TypeSteps => typeSteps;

    /// <summary>Gets whether some entity kind may not be entered.</summary>
    public bool HasKindCondition { get; }

    /// <summary>Gets how scans must check edges stepped over in the direction <paramref name="step"/>.</summary>
    public RowScan ScanMode(byte step) => step == GraphIndex.AlongBit ? alongScan : againstScan;

    /// <summary>Gets the weight of each edge for a weighting, or <see langword="null"/> for hops.</summary>
    public double[]? Weights { get; init; }

    /// <summary>
    /// Gets the source conditions compiled from the filter, which say what evidence the relations found hold and how
    /// they are explained; <see langword="null"/> when every piece of evidence counts.
    /// </summary>
    public SourceRule? Sources { get; init; }

    /// <summary>Creates the filter that follows every relation of the index in both directions.</summary>
    public static EdgeFilter Everything(GraphIndex index) =>
        new(index, Enumerable.Repeat((byte)(GraphIndex.AlongBit | GraphIndex.AgainstBit), index.TypeCount).ToArray(), null, [], includeUncertain: true);

    /// <summary>Gets the cost of traversing an edge: its weight, or 1 for hops.</summary>
    public double Cost(int edge) => Weights is null ? 1 : Weights[edge];

    /// <summary>Gets whether the edge may be traversed in the direction <paramref name="step"/> (an index step bit).</summary>
    public bool AllowsStep(int edge, byte step) =>
        (typeSteps[index.EdgeTypes[edge]] & step) != 0 && AllowsFacts(edge);

    /// <summary>Gets whether the edge passes the type, certainty and time conditions, whatever its direction.</summary>
    public bool AllowsRelation(int edge) => typeSteps[index.EdgeTypes[edge]] != 0 && AllowsFacts(edge);

    /// <summary>Gets whether the node's kind may be entered.</summary>
    public bool AllowsKind(int node) => kindAllowed is null || kindAllowed[index.NodeKinds[node]];

    /// <summary>
    /// Computes the weight of every edge for a weighting (see <see cref="PathWeighting"/>); <paramref name="outletCounts"/>
    /// gives each edge's independent outlets, read only by <see cref="PathWeighting.PreferSupported"/>.
    /// </summary>
    public static double[]? ComputeWeights(GraphIndex index, PathWeighting weighting, Func<int[]> outletCounts)
    {
        if (weighting == PathWeighting.Hops)
        {
            return null;
        }

        var weights = new double[index.EdgeCount];
        var outlets = weighting == PathWeighting.PreferSupported ? outletCounts() : null;
        for (var e = 0; e < weights.Length; e++)
        {
            weights[e] = weighting switch
            {
                PathWeighting.PreferStated => CertaintyWeight(index.EdgeCertainties?[e] ?? Certainty.Stated),
                PathWeighting.PreferSupported => SupportWeight(outlets![e]),
                _ => PolarityWeight(index.TypePolarities?[index.EdgeTypes[e]] ?? Polarity.Neutral),
            };
        }

        return weights;
    }

    /// <summary>
    /// Gets the weight of a relation supported by <paramref name="outlets"/> independent outlets under
    /// <see cref="PathWeighting.PreferSupported"/>: 1 + 4 / 2^n with n at least 1 (3, 2, 1.5, 1.25, ... toward 1).
    /// </summary>
    public static double SupportWeight(int outlets) => 1 + (4.0 / Math.Pow(2, Math.Max(outlets, 1)));

    private static RowScan Summarise(byte[] typeSteps, byte step, bool factsAlwaysPass)
    {
        var allowed = 0;
        foreach (var steps in typeSteps)
        {
            allowed += (steps & step) != 0 ? 1 : 0;
        }

        return allowed == 0 ? RowScan.None
            : !factsAlwaysPass ? RowScan.Full
            : allowed == typeSteps.Length ? RowScan.All
            : RowScan.ByType;
    }

    private static double CertaintyWeight(Certainty certainty) => certainty switch
    {
        Certainty.Stated => 1,
        Certainty.Reported => 1.5,
        Certainty.Hedged => 3,
        Certainty.Hypothetical => 4,
        _ => 5,
    };

    private static double PolarityWeight(Polarity polarity) => polarity switch
    {
        Polarity.Cooperative => 1,
        Polarity.Conflictual => 3,
        _ => 1.5,
    };

    /// <summary>Gets whether the edge passes the certainty, time and source conditions (documents, sources, contested).</summary>
    public bool AllowsFacts(int edge) =>
        (includeUncertain || index.IsFactual(edge))
        && (relationAllowed is null || relationAllowed[edge])
        && (!timed || (index.EdgeLatest![edge] >= windowStart && index.EdgeEarliest![edge] <= windowEnd));
}
