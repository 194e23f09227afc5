namespace KnowledgeGraph.Export;

/// <summary>
/// A file format that <see cref="GraphExporter"/> writes; <see cref="ExportFormatInfo.Get"/> gives its media type,
/// file extension and name.
/// </summary>
public enum ExportFormat
{
    /// <summary>Not set; never a valid format.</summary>
    Unspecified = 0,

    /// <summary>GraphML with typed <c>&lt;key&gt;</c> declarations (Gephi, yEd, NetworkX, igraph).</summary>
    GraphMl,

    /// <summary>GEXF 1.3 with relation time as spells on edges (Gephi).</summary>
    Gexf,

    /// <summary>Graphviz DOT, with kinds as shapes and colours and polarity as edge colours.</summary>
    Dot,

    /// <summary>Cytoscape.js elements JSON (<c>elements.nodes[].data</c>, <c>elements.edges[].data</c>).</summary>
    CytoscapeJson,

    /// <summary>JSON-LD 1.1: every relation as a reified statement with its time qualifiers and provenance.</summary>
    JsonLd,

    /// <summary>RDF 1.1 Turtle: the same triples as <see cref="JsonLd"/>.</summary>
    Turtle,

    /// <summary>A zip of <c>nodes.csv</c> and <c>relationships.csv</c> for <c>neo4j-admin database import</c>.</summary>
    Neo4jCsv,

    /// <summary>A Cypher script of <c>MERGE</c> statements for <c>cypher-shell</c>.</summary>
    Cypher,

    /// <summary>The library's own single-document JSON, which <see cref="Graph.LoadJson(Stream)"/> re-imports to an identical graph.</summary>
    KnowledgeGraphJson,
}
