"""Reads a GraphML or GEXF export with stock NetworkX (or GraphML with igraph) and prints its node and edge counts
and the seconds the read took, as JSON: the large-graph measurement (LargeGraphExportTests), where printing every
attribute as read_networkx.py does would cost more than the read.

Usage: count_networkx.py graphml|gexf|igraph FILE
"""
import json
import sys
import time

fmt, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if fmt == "igraph":
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    nodes, edges = g.vcount(), g.ecount()
else:
    import networkx as nx
    g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    nodes, edges = g.number_of_nodes(), g.number_of_edges()
print(json.dumps({"nodes": nodes, "edges": edges, "seconds": round(time.perf_counter() - start, 1)}))
