"""Parses RDF exports with rdflib and prints every triple as JSON on stdout.

Usage: read_rdf.py FORMAT FILE [FORMAT FILE]   (FORMAT is an rdflib parser name: turtle, json-ld)
With two files it also reports whether the two graphs are isomorphic.
"""
import json
import sys

import rdflib
from rdflib.compare import isomorphic


def term(t):
    if isinstance(t, rdflib.Literal):
        return {"iri": False, "value": str(t), "datatype": str(t.datatype) if t.datatype else None}
    return {"iri": True, "value": str(t), "datatype": None}


graphs = []
for i in range(1, len(sys.argv), 2):
    g = rdflib.Graph()
    g.parse(sys.argv[i + 1], format=sys.argv[i])
    graphs.append(g)

result = {
    "counts": [len(g) for g in graphs],
    "triples": [[str(s), str(p), term(o)] for s, p, o in graphs[0]],
}
if len(graphs) == 2:
    result["isomorphic"] = isomorphic(graphs[0], graphs[1])
print(json.dumps(result, ensure_ascii=False))
