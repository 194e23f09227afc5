namespace KnowledgeGraph.Queries;

/// <summary>Degree and betweenness centrality over the entities and relations a filter allows.</summary>
internal static class Centrality
{
    private const int CancellationCheckMask = 1023;

    /// <summary>Counts, for each allowed node, its allowed steps to allowed nodes (0 for nodes not allowed).</summary>
    public static double[] Degree(Traversal traversal)
    {
        traversal.BlockExcluded(-1, -1);
        var scores = new double[traversal.Index.NodeCount];
        var visitor = new DegreeVisitor { Traversal = traversal };
        for (var node = 0; node < scores.Length; node++)
        {
            if (!traversal.CanEnter(node))
            {
                continue;
            }

            visitor.Count = 0;
            traversal.ScanSteps(node, reverse: false, ref visitor);
            scores[node] = visitor.Count;
            if (node % 1024 == 0)
            {
                traversal.ThrowIfCancellationRequested();
            }
        }

        return scores;
    }

    /// <summary>
    /// Brandes' betweenness over ordered pairs of allowed nodes, normalised by (n − 1)(n − 2) where n is the
    /// number of allowed nodes (of those <paramref name="counted"/> marks, when given); with both directions this
    /// equals the usual undirected normalisation. Shortest paths are counted as edge sequences, so parallel relations
    /// are distinct paths. Predecessors are found again by scanning the steps into a node rather than stored in lists.
    /// </summary>
    /// <param name="traversal">The traversal whose filter allows the nodes and steps.</param>
    /// <param name="counted">
    /// The nodes n counts, by ordinal, or null for every allowed node: under a source filter, the entities the counted
    /// documents name (the others have no allowed relation, so they change only n).
    /// </param>
    public static double[] Betweenness(Traversal traversal, bool[]? counted = null)
    {
        traversal.BlockExcluded(-1, -1);
        var count = traversal.Index.NodeCount;
        var scores = new double[count];
        var distance = new int[count];
        var sigma = new double[count];
        var delta = new double[count];
        var order = new List<int>();
        var allowed = 0;
        for (var node = 0; node < count; node++)
        {
            allowed += traversal.CanEnter(node) && (counted is null || counted[node]) ? 1 : 0;
        }

        for (var source = 0; source < count; source++)
        {
            if (!traversal.CanEnter(source))
            {
                continue;
            }

            traversal.ThrowIfCancellationRequested();
            Array.Fill(distance, -1);
            order.Clear();
            distance[source] = 0;
            sigma[source] = 1;
            order.Add(source);
            var forward = new CountVisitor { Traversal = traversal, Distance = distance, Sigma = sigma, Order = order };
            for (var head = 0; head < order.Count; head++)
            {
                // One search (and its backward pass) can cover millions of relations on a large graph: check the token within it too.
                if ((head & CancellationCheckMask) == CancellationCheckMask)
                {
                    traversal.ThrowIfCancellationRequested();
                }

                forward.From = order[head];
                traversal.ScanSteps(forward.From, reverse: false, ref forward);
            }

            foreach (var node in order)
            {
                delta[node] = 0;
            }

            var backward = new DependencyVisitor { Distance = distance, Sigma = sigma, Delta = delta };
            for (var i = order.Count - 1; i > 0; i--)
            {
                if ((i & CancellationCheckMask) == 0)
                {
                    traversal.ThrowIfCancellationRequested();
                }

                var node = order[i];
                backward.To = node;
                traversal.ScanSteps(node, reverse: true, ref backward);
                scores[node] += delta[node];
            }
        }

        if (allowed > 2)
        {
            var scale = 1.0 / ((allowed - 1.0) * (allowed - 2.0));
            for (var node = 0; node < count; node++)
            {
                scores[node] *= scale;
            }
        }
        else
        {
            Array.Clear(scores);
        }

        return scores;
    }

    private struct DegreeVisitor : IStepVisitor
    {
        public Traversal Traversal;
        public int Count;

        public bool Step(int edge, int node)
        {
            if (Traversal.CanEnter(node))
            {
                Count++;
            }

            return true;
        }
    }

    private struct CountVisitor : IStepVisitor
    {
        public Traversal Traversal;
        public int[] Distance;
        public double[] Sigma;
        public List<int> Order;
        public int From;

        public readonly bool Step(int edge, int node)
        {
            if (node == From)
            {
                return true;
            }

            if (Distance[node] < 0)
            {
                if (!Traversal.CanEnter(node))
                {
                    return true;
                }

                Distance[node] = Distance[From] + 1;
                Sigma[node] = 0;
                Order.Add(node);
            }

            if (Distance[node] == Distance[From] + 1)
            {
                Sigma[node] += Sigma[From];
            }

            return true;
        }
    }

    private struct DependencyVisitor : IStepVisitor
    {
        public int[] Distance;
        public double[] Sigma;
        public double[] Delta;
        public int To;

        public readonly bool Step(int edge, int node)
        {
            if (Distance[node] >= 0 && Distance[node] == Distance[To] - 1)
            {
                Delta[node] += Sigma[node] / Sigma[To] * (1 + Delta[To]);
            }

            return true;
        }
    }
}
