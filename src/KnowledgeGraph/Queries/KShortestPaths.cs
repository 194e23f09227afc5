namespace KnowledgeGraph.Queries;

/// <summary>Finds the cheapest path between two nodes of a traversal, honouring its blocked nodes and edges.</summary>
internal delegate IndexPath? SpurSearch(Traversal traversal, int start, int target, int maxLength, ref bool lengthCut);

/// <summary>
/// Yen's k shortest simple paths over the index's own edges.
/// </summary>
/// <remarks>
/// QuikGraph's <c>YenShortestPathsAlgorithm</c> only accepts an <c>AdjacencyGraph</c> of
/// <c>EquatableTaggedEdge&lt;T, double&gt;</c>: using it would mean copying the filtered graph per query and
/// losing parallel relations (it identifies edges by their ends), and it knows neither hop limits, excluded
/// entities nor budgets. Yen's algorithm is short, so it is implemented here on edge ordinals: a deviation
/// blocks the next <em>edge</em> of every accepted path sharing the root (not the next node), so parallel
/// relations yield distinct paths, and the spur search is the same filtered BFS or Dijkstra as the first path.
/// </remarks>
internal static class KShortestPaths
{
    public static List<IndexPath> Find(
        Traversal traversal, SpurSearch search, int start, int target, int k, int maxLength, ref bool lengthCut)
    {
        traversal.BlockExcluded(start, target);
        var first = search(traversal, start, target, maxLength, ref lengthCut);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<IndexPath> { first };
        var candidates = new List<IndexPath>();
        var seen = new HashSet<int[]>(IndexPath.EdgeSequenceComparer.Instance) { first.Edges };
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Length; i++)
            {
                traversal.ThrowIfCancellationRequested();
                traversal.BlockExcluded(start, target);
                for (var j = 0; j < i; j++)
                {
                    traversal.Block(previous.Nodes[j]);
                }

                traversal.BlockedEdges.Clear();
                foreach (var path in accepted)
                {
                    if (path.Length > i && path.Edges.AsSpan(0, i).SequenceEqual(previous.Edges.AsSpan(0, i)))
                    {
                        traversal.BlockedEdges.Add(path.Edges[i]);
                    }
                }

                var spur = search(traversal, previous.Nodes[i], target, maxLength - i, ref lengthCut);
                if (traversal.BudgetExhausted)
                {
                    return accepted;
                }

                if (spur is not null)
                {
                    var candidate = Concatenate(traversal, previous, i, spur);
                    if (seen.Add(candidate.Edges))
                    {
                        candidates.Add(candidate);
                    }
                }
            }

            traversal.BlockedEdges.Clear();
            if (candidates.Count == 0)
            {
                break;
            }

            var best = candidates[0];
            foreach (var candidate in candidates)
            {
                if (IndexPath.Compare(candidate, best) < 0)
                {
                    best = candidate;
                }
            }

            candidates.Remove(best);
            accepted.Add(best);
        }

        return accepted;
    }

    private static IndexPath Concatenate(Traversal traversal, IndexPath root, int rootLength, IndexPath spur)
    {
        int[] nodes = [.. root.Nodes.AsSpan(0, rootLength), .. spur.Nodes];
        int[] edges = [.. root.Edges.AsSpan(0, rootLength), .. spur.Edges];
        var cost = 0.0;
        foreach (var edge in edges)
        {
            cost += traversal.Filter.Cost(edge);
        }

        return new IndexPath(nodes, edges, cost);
    }
}
