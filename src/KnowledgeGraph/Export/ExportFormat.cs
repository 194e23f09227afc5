namespace KnowledgeGraph.Export;

/// <summary>
/// A file format that <see cref="GraphExporter"/> writes; <see cref="ExportFormatInfo.Get"/> gives its name, media
/// type, file extension and description (the registry of writers is the one place that describes each format).
/// </summary>
public enum ExportFormat
{
    /// <summary>Not set; never a valid format.</summary>
    Unspecified = 0,

    /// <summary>GraphML (<c>graphml</c>).</summary>
    GraphMl,

    /// <summary>GEXF 1.2 (<c>gexf</c>).</summary>
    Gexf,

    /// <summary>Graphviz DOT (<c>dot</c>).</summary>
    Dot,

    /// <summary>Cytoscape.js JSON (<c>cytoscape</c>).</summary>
    CytoscapeJson,

    /// <summary>JSON-LD (<c>jsonld</c>).</summary>
    JsonLd,

    /// <summary>RDF Turtle (<c>turtle</c>).</summary>
    Turtle,

    /// <summary>Neo4j admin-import CSV zip (<c>neo4j</c>).</summary>
    Neo4jCsv,

    /// <summary>Cypher script (<c>cypher</c>).</summary>
    Cypher,

    /// <summary>The library's own re-importable JSON (<c>json</c>), which <see cref="Graph.LoadJson(Stream)"/> reads.</summary>
    KnowledgeGraphJson,

    /// <summary>GEXF 1.3 (<c>gexf-1.3</c>).</summary>
    Gexf13,

    /// <summary>FollowTheMoney entities as JSON lines (<c>ftm</c>).</summary>
    FollowTheMoney,
}
