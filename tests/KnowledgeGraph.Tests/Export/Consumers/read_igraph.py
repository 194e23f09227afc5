"""Reads a GraphML export with python-igraph (Debian python3-igraph) and prints what igraph sees as JSON on stdout.

Usage: read_igraph.py FILE
"""
import json
import sys

import igraph

g = igraph.Graph.Read_GraphML(sys.argv[1])


def attributes(seq, names):
    # igraph gives every declared attribute to every vertex or edge; absent string values come back empty, absent
    # booleans as NaN or None: both are left out, as they are absent in the export.
    return [{n: x[n] for n in names if x[n] not in (None, "") and x[n] == x[n]} for x in seq]


print(json.dumps({
    "igraph": igraph.__version__,
    "directed": g.is_directed(),
    "vertices": attributes(g.vs, g.vs.attributes()),
    "edges": [dict(e, source=g.vs[s]["id"], target=g.vs[t]["id"]) for e, (s, t) in zip(attributes(g.es, g.es.attributes()), (x.tuple for x in g.es))],
}, ensure_ascii=False, default=str))
