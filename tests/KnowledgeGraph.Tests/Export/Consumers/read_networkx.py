"""Reads a GraphML or GEXF export with NetworkX and prints what NetworkX sees as JSON on stdout.

Usage: read_networkx.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf

# NetworkX (2.8 in Debian 12, 3.x too) knows only the GEXF 1.1draft and 1.2draft namespaces; GEXF 1.3 keeps the
# same element structure under the namespace http://gexf.net/1.3, so its reader is taught that namespace and
# nothing else.
gexf.GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
else:
    g = nx.read_gexf(path, version="1.3")
    if not g.is_multigraph():
        g = nx.MultiDiGraph(g)

print(json.dumps({
    "directed": g.is_directed(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    # GraphML edge ids become multigraph keys; the GEXF reader keeps them as the "id" attribute.
    "edges": [{"source": u, "target": v, "key": d.get("id", k), "data": d} for u, v, k, d in g.edges(keys=True, data=True)],
}, ensure_ascii=False, default=str))
