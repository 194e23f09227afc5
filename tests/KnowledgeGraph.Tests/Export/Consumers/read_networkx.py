"""Reads a GraphML or GEXF export with NetworkX and prints what NetworkX sees as JSON on stdout.

Usage: read_networkx.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx
# Stock NetworkX, as Debian ships it (2.8.8 in Debian 12): no reader patches. The GEXF export is GEXF 1.2, the
# version read_gexf reads by default.
fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
else:
    g = nx.read_gexf(path)
    if not g.is_multigraph():
        g = nx.MultiDiGraph(g)

print(json.dumps({
    "directed": g.is_directed(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    # GraphML edge ids become multigraph keys; the GEXF reader keeps them as the "id" attribute.
    "edges": [{"source": u, "target": v, "key": d.get("id", k), "data": d} for u, v, k, d in g.edges(keys=True, data=True)],
}, ensure_ascii=False, default=str))
