using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Resolution;

namespace KnowledgeGraph;

/// <summary>Entity resolution: proposals of entities that may be one.</summary>
public sealed partial class Graph
{
    /// <summary>
    /// Proposes pairs of entities of the same kind that may name one entity, scored from 0 to 1 with the reasons:
    /// names or aliases that fold to the same text or the same transliteration skeleton (y=i, kh=h, doubled letters
    /// once), one name inside the other, or a small edit distance; shared neighbours; for officials the same role and
    /// state (different ones lower the score). Pairs already merged (<see cref="Merges"/>) or rejected
    /// (<see cref="RejectedMerges"/>) are never proposed again.
    /// </summary>
    /// <param name="minScore">The lowest score to keep, from 0 to 1.</param>
    /// <returns>The proposals, highest score first, then by ids; the same graph always gives the same list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minScore"/> is not from 0 to 1.</exception>
    public ImmutableArray<MergeProposal> ProposeMerges(double minScore = 0.5)
    {
        if (double.IsNaN(minScore) || minScore is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minScore), minScore, "minScore is from 0 to 1.");
        }

        return MergeProposer.Propose(Entities, Relations, Merges, RejectedMerges, minScore);
    }
}
