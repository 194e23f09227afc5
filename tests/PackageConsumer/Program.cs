// The README's "Use the library" example, compiled against the packed KnowledgeGraph package and run by test.sh.
// The code between the markers must equal the README's snippet (ReadmeExampleTests checks it).

// <use-the-library>
using KnowledgeGraph;
using KnowledgeGraph.Queries;

var graph = Graph.LoadDefault();

// How is Armenia's prime minister connected to Russia's president? The three shortest paths, explained.
var paths = graph.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { K = 3 });
foreach (var path in paths.Paths)
{
    Console.WriteLine($"path of {path.Length}: {path.Explanation}");
}

// What surrounds the CSTO? The entities one relation away.
var neighbourhood = graph.GetNeighbourhood("csto", new NeighbourhoodOptions { Depth = 1 });
foreach (var node in neighbourhood.Nodes)
{
    Console.WriteLine($"neighbour at {node.Distance}: {node.Entity.Id} ({node.Entity.Name})");
}
// </use-the-library>
