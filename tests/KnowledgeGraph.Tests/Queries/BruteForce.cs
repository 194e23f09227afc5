using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// The oracle: answers path, neighbourhood and centrality questions by exhaustive enumeration of simple
/// paths over the model records, re-implementing the filter semantics directly from the documentation.
/// </summary>
internal sealed class BruteForce(Graph graph, TraversalFilter filter)
{
    /// <summary>An enumerated path: its relation ids and entity ids.</summary>
    public sealed record OraclePath(IReadOnlyList<string> Relations, IReadOnlyList<string> Nodes)
    {
        public string Key => string.Join(",", Relations);

        public int Length => Relations.Count;
    }

    /// <summary>Every simple path from start to target of at most maxLength relations (endpoints exempt from node conditions).</summary>
    public List<OraclePath> SimplePaths(string start, string target, int maxLength)
    {
        var paths = new List<OraclePath>();
        if (start == target)
        {
            paths.Add(new OraclePath([], [start]));
            return paths;
        }

        var nodes = new List<string> { start };
        var relations = new List<string>();
        void Walk(string node)
        {
            if (relations.Count == maxLength)
            {
                return;
            }

            foreach (var (relation, next) in Steps(node))
            {
                if (nodes.Contains(next) || (next != target && !NodeAllowed(next, start, target)))
                {
                    continue;
                }

                nodes.Add(next);
                relations.Add(relation.Id);
                if (next == target)
                {
                    paths.Add(new OraclePath([.. relations], [.. nodes]));
                }
                else
                {
                    Walk(next);
                }

                nodes.RemoveAt(nodes.Count - 1);
                relations.RemoveAt(relations.Count - 1);
            }
        }

        Walk(start);
        return paths;
    }

    /// <summary>Each node's least hop distance from the center within depth, every node but the center filtered.</summary>
    public Dictionary<string, int> Distances(string center, int depth)
    {
        var distances = new Dictionary<string, int> { [center] = 0 };
        var nodes = new List<string> { center };
        void Walk(string node)
        {
            if (nodes.Count - 1 == depth)
            {
                return;
            }

            foreach (var (_, next) in Steps(node))
            {
                if (nodes.Contains(next) || !NodeAllowed(next, center, null))
                {
                    continue;
                }

                nodes.Add(next);
                distances[next] = Math.Min(distances.GetValueOrDefault(next, int.MaxValue), nodes.Count - 1);
                Walk(next);
                nodes.RemoveAt(nodes.Count - 1);
            }
        }

        Walk(center);
        return distances;
    }

    /// <summary>The relations between two of the nodes that pass the type, certainty and time conditions.</summary>
    public IEnumerable<string> Induced(IReadOnlySet<string> nodes) =>
        graph.Relations.Where(r => nodes.Contains(r.Source) && nodes.Contains(r.Target) && TypeFollowed(r.Type) && FactsAllowed(r)).Select(r => r.Id);

    /// <summary>Normalised betweenness by counting, for each ordered pair, the shortest simple paths through each node.</summary>
    public Dictionary<string, double> Betweenness()
    {
        var allowed = graph.Entities.Where(e => NodeAllowed(e.Id, null, null)).Select(e => e.Id).ToList();
        var scores = allowed.ToDictionary(id => id, _ => 0.0);
        var inner = new BruteForce(graph, filter);
        foreach (var s in allowed)
        {
            foreach (var t in allowed.Where(t => t != s))
            {
                var paths = inner.SimplePathsAmong(s, t, allowed.Count);
                if (paths.Count == 0)
                {
                    continue;
                }

                var shortest = paths.Where(p => p.Length == paths.Min(q => q.Length)).ToList();
                foreach (var v in allowed.Where(v => v != s && v != t))
                {
                    scores[v] += (double)shortest.Count(p => p.Nodes.Contains(v)) / shortest.Count;
                }
            }
        }

        var n = allowed.Count;
        return scores.ToDictionary(p => p.Key, p => n > 2 ? p.Value / ((n - 1.0) * (n - 2.0)) : 0);
    }

    /// <summary>Each allowed node's number of allowed steps to allowed nodes.</summary>
    public Dictionary<string, int> Degrees() => graph.Entities
        .Where(e => NodeAllowed(e.Id, null, null))
        .ToDictionary(e => e.Id, e => Steps(e.Id).Count(s => NodeAllowed(s.Next, null, null)));

    public double Cost(OraclePath path, PathWeighting weighting) =>
        path.Relations.Select(id => graph.FindRelation(id)!).Sum(r => weighting switch
        {
            PathWeighting.PreferStated => r.Certainty switch
            {
                Certainty.Stated => 1,
                Certainty.Reported => 1.5,
                Certainty.Hedged => 3,
                Certainty.Hypothetical => 4,
                _ => 5,
            },
            PathWeighting.PreferCooperative => graph.FindRelationType(r.Type)!.Polarity switch
            {
                Polarity.Cooperative => 1,
                Polarity.Conflictual => 3,
                _ => 1.5,
            },
            PathWeighting.PreferSupported => 1 + (4.0 / Math.Pow(2, Math.Max(1, Outlets(r).Count))),
            _ => 1,
        });

    /// <summary>
    /// The independent outlets of the counted documents of a relation: a document's outlet (else its id), or for one
    /// derived from others, their outlets. The oracle's relations are not contested: every piece of evidence supports.
    /// </summary>
    public HashSet<string> Outlets(Relation relation)
    {
        string Outlet(string id) => graph.FindDocument(id) is { } d
            ? (d.DerivedFrom.IsEmpty ? d.OutletEntity ?? d.Outlet ?? d.Id : Outlet(d.DerivedFrom[0]))
            : id;
        return [.. CountedDocuments(relation).Select(Outlet)];
    }

    private IEnumerable<string> CountedDocuments(Relation relation) => relation.Evidence
        .Select(e => e.Document!)
        .Where(d => (filter.Documents.IsEmpty || filter.Documents.Contains(d)) && !filter.ExcludedDocuments.Contains(d));

    // Simple paths where every node, the endpoints included, must be allowed (for betweenness).
    private List<OraclePath> SimplePathsAmong(string start, string target, int maxLength) =>
        SimplePaths(start, target, maxLength).Where(p => p.Nodes.All(n => NodeAllowed(n, null, null))).ToList();

    private IEnumerable<(Relation Relation, string Next)> Steps(string node)
    {
        foreach (var relation in graph.Relations)
        {
            if (!TypeFollowed(relation.Type) || !FactsAllowed(relation))
            {
                continue;
            }

            var direction = filter.TypeDirections.TryGetValue(relation.Type, out var d) ? d : filter.Direction;
            if (relation.Source == node && direction != Direction.Incoming)
            {
                yield return (relation, relation.Target);
            }

            if (relation.Target == node && direction != Direction.Outgoing)
            {
                yield return (relation, relation.Source);
            }
        }
    }

    private bool TypeFollowed(string type) =>
        (filter.RelationTypes.IsEmpty || filter.RelationTypes.Contains(type)) && !filter.ExcludedRelationTypes.Contains(type);

    private bool FactsAllowed(Relation relation) =>
        (filter.IncludeUncertain || relation.Certainty is Certainty.Stated or Certainty.Reported)
        && (filter.AsOf is not { } asOf || relation.Time.HeldOn(asOf))
        && relation.Time.Overlaps(filter.Since, filter.Until)
        && CountedDocuments(relation).Any()
        && Outlets(relation).Count >= filter.MinSources;

    private bool NodeAllowed(string id, string? start, string? target)
    {
        if (id == start || id == target)
        {
            return true;
        }

        var kind = graph.FindEntity(id)!.Kind;
        return (filter.Kinds.IsEmpty || filter.Kinds.Contains(kind))
            && !filter.ExcludedKinds.Contains(kind)
            && !filter.ExcludedEntities.Contains(id);
    }
}
