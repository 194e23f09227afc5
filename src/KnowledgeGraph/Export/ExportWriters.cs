using System.Collections.Immutable;

namespace KnowledgeGraph.Export;

/// <summary>
/// The registry of export writers: one line per format with its name, display name, media type, file extension,
/// description and writer. Everything else (<see cref="ExportFormatInfo"/>, <see cref="GraphExporter"/>, the API's
/// <c>format</c> parameter and its OpenAPI description, the explorer's format list, docs/EXPORT.md's table) reads
/// this list, so a new format is its <see cref="ExportFormat"/> member, a writer and one line here.
/// </summary>
internal static class ExportWriters
{
    public static readonly ImmutableArray<ExportFormatInfo> All =
    [
        new(ExportFormat.GraphMl, "graphml", "GraphML", "application/graphml+xml", ".graphml", GraphMlExporter.Write,
            "GraphML with typed keys; one edge per relation keyed by its id (Gephi, yEd, NetworkX, igraph)."),
        new(ExportFormat.Gexf, "gexf", "GEXF 1.2 (Gephi, NetworkX)", "application/gexf+xml", ".gexf", GexfExporter.Write,
            "GEXF 1.2 with relation time as spells on edges (Gephi, NetworkX).", "gexf-1.2", "gexf12"),
        new(ExportFormat.Gexf13, "gexf-1.3", "GEXF 1.3 (Gephi 0.9+)", "application/gexf+xml", ".gexf", GexfExporter.Write13,
            "GEXF 1.3: as gexf, plus the relation type as the edge kind; Gephi 0.9+ reads it, NetworkX does not.", "gexf13"),
        new(ExportFormat.Dot, "dot", "Graphviz DOT", "text/vnd.graphviz", ".dot", DotExporter.Write,
            "Graphviz DOT, with kinds as shapes and colours and polarity and certainty as edge styles.", "gv", "graphviz"),
        new(ExportFormat.CytoscapeJson, "cytoscape", "Cytoscape.js JSON", "application/json", ".cyjs", CytoscapeJsonExporter.Write,
            "Cytoscape.js elements JSON (Cytoscape.js, Cytoscape desktop).", "cyjs", "cytoscape-json"),
        new(ExportFormat.JsonLd, "jsonld", "JSON-LD", "application/ld+json", ".jsonld", JsonLdExporter.Write,
            "JSON-LD 1.1: every relation as a reified statement with its time and provenance (RDF stores, rdflib).", "json-ld"),
        new(ExportFormat.Turtle, "turtle", "RDF Turtle", "text/turtle", ".ttl", TurtleExporter.Write,
            "RDF 1.1 Turtle, the same triples as jsonld (SPARQL stores such as Virtuoso, rdflib, rapper).", "ttl"),
        new(ExportFormat.Neo4jCsv, "neo4j", "Neo4j admin-import CSV (zip)", "application/zip", ".neo4j.zip", Neo4jCsvExporter.Write,
            "A zip of nodes.csv and relationships.csv for neo4j-admin database import.", "neo4j-csv", "csv"),
        new(ExportFormat.Cypher, "cypher", "Cypher script (Neo4j)", "text/plain", ".cypher", CypherExporter.Write,
            "A Cypher script of MERGE statements for cypher-shell.", "cql"),
        new(ExportFormat.FollowTheMoney, "ftm", "FollowTheMoney entities (JSON lines)", "application/x-ndjson", ".ftm.json", FollowTheMoneyExporter.Write,
            "FollowTheMoney entities as JSON lines, relations as interstitial entities (Aleph, OpenSanctions, ftm tools).", "followthemoney"),
        new(ExportFormat.KnowledgeGraphJson, "json", "KnowledgeGraph JSON (re-importable)", "application/json", ".json", (s, _, o) => KnowledgeGraphJsonExporter.Write(s, o),
            "The library's own data set, which Graph.LoadJson re-imports to an identical graph.", "knowledge-graph", "kg"),
    ];
}
