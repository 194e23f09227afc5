"""Reads a Neo4j admin-import zip with Python's csv module (RFC 4180 quoting, line breaks inside quoted fields)
and prints the header and rows of nodes.csv and relationships.csv, and README.txt, as JSON on stdout.

Usage: read_neo4j_csv.py ZIP
"""
import csv
import io
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as z:
    result = {"entries": sorted(z.namelist()), "readme": z.read("README.txt").decode("utf-8")}
    for name in ("nodes.csv", "relationships.csv"):
        text = z.read(name).decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=",", quotechar='"', doublequote=True, strict=True))
        result[name] = {"header": rows[0], "rows": rows[1:]}
print(json.dumps(result, ensure_ascii=False))
