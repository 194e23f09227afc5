"""Checks a Neo4j admin-import zip against the rules of neo4j-admin database import (Neo4j 5 operations manual,
"Import" > "CSV header format"), as the importer applies them with the flags README.txt gives, and prints the
problems and what the importer would create as JSON on stdout.

Rules checked:
- fields are RFC 4180 with ',' between fields and '"' quotes ("" inside); with --multiline-fields=true a quoted
  field may hold line breaks; every row has as many fields as the header;
- a header field is `name:TYPE` or `name`; the special types are ID, START_ID, END_ID (each with an optional id
  space, `:ID(People)`), LABEL, TYPE and IGNORE; property types are int, long, float, double, boolean, byte, short,
  char, string, point, date, localtime, time, localdatetime, datetime, duration, each with an optional [] for
  arrays; a name without a type is a string; property names are unique, and only ID may also carry a name;
- a node file has exactly one ID column; a relationship file exactly one START_ID, one END_ID and one TYPE;
- node ids are unique within their id space; every START_ID and END_ID names a node of the same id space;
- every relationship has a TYPE; labels and arrays are split at the --array-delimiter;
- typed values parse: boolean is true or false, date is yyyy-MM-dd, int/long are integers, float/double numbers;
  an empty field is no value (the property is absent).

Usage: check_neo4j_import.py ZIP
"""
import csv
import datetime
import io
import json
import re
import sys
import zipfile

PROPERTY_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
                  "localtime", "time", "localdatetime", "datetime", "duration"}
SPECIAL = re.compile(r"^(ID|START_ID|END_ID)(\((?P<space>[^()]*)\))?$")
problems = []


def parse_header(fields, file):
    columns = []
    names = set()
    for i, field in enumerate(fields):
        name, _, kind = field.rpartition(":") if ":" in field else (field, "", "")
        where = f"{file} header field {i + 1} '{field}'"
        special = SPECIAL.match(kind) if kind else None
        if special:
            columns.append({"name": name, "role": special.group(1), "space": special.group("space") or ""})
            if name and special.group(1) != "ID":
                problems.append(f"{where}: only ID may carry a property name")
        elif kind in ("LABEL", "TYPE", "IGNORE"):
            columns.append({"name": name, "role": kind})
            if name:
                problems.append(f"{where}: {kind} takes no property name")
        else:
            base = kind[:-2] if kind.endswith("[]") else kind
            if kind and base not in PROPERTY_TYPES:
                problems.append(f"{where}: unknown type '{kind}'")
            if not name:
                problems.append(f"{where}: a property needs a name")
            columns.append({"name": name, "role": "property", "type": base or "string", "array": kind.endswith("[]")})
        if columns[-1].get("name") and columns[-1]["role"] in ("property", "ID"):
            if columns[-1]["name"] in names:
                problems.append(f"{where}: property '{name}' repeats")
            names.add(columns[-1]["name"])
    return columns


def parse_value(value, column, where):
    if column["type"] == "boolean" and value not in ("true", "false"):
        problems.append(f"{where}: boolean '{value}'")
    elif column["type"] == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{where}: date '{value}'")
    elif column["type"] in ("int", "long", "short", "byte") and not re.fullmatch(r"-?\d+", value):
        problems.append(f"{where}: integer '{value}'")
    elif column["type"] in ("float", "double"):
        try:
            float(value)
        except ValueError:
            problems.append(f"{where}: number '{value}'")
    return value


def read(z, file, delimiter):
    text = z.read(file).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=",", quotechar='"', doublequote=True, strict=True))
    columns = parse_header(rows[0], file)
    records = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns):
            problems.append(f"{file} record {n}: {len(row)} fields, the header has {len(columns)}")
            continue
        record = {"properties": {}, "labels": [], "ids": {}}
        for column, value in zip(columns, row):
            where = f"{file} record {n} column '{column.get('name') or column['role']}'"
            role = column["role"]
            if role in ("ID", "START_ID", "END_ID"):
                record["ids"][role] = (column["space"], value)
                if column["name"]:
                    record["properties"][column["name"]] = value
            elif role == "LABEL":
                record["labels"] = [l for l in value.split(delimiter) if l]
            elif role == "TYPE":
                record["type"] = value
            elif role == "property" and value != "":
                if column["array"]:
                    record["properties"][column["name"]] = [parse_value(v, column, where) for v in value.split(delimiter)]
                else:
                    record["properties"][column["name"]] = parse_value(value, column, where)
        records.append(record)
    return columns, records


with zipfile.ZipFile(sys.argv[1]) as z:
    readme = z.read("README.txt").decode("utf-8")
    match = re.search(r"--array-delimiter='([^']+)'", readme)
    delimiter = match.group(1) if match else ";"
    if "--multiline-fields=true" not in readme:
        problems.append("README.txt: the command lacks --multiline-fields=true")
    node_columns, nodes = read(z, "nodes.csv", delimiter)
    rel_columns, rels = read(z, "relationships.csv", delimiter)

for file, columns, needed in (("nodes.csv", node_columns, ["ID"]), ("relationships.csv", rel_columns, ["START_ID", "END_ID", "TYPE"])):
    for role in needed:
        count = sum(1 for c in columns if c["role"] == role)
        if count != 1:
            problems.append(f"{file}: {count} {role} columns, the importer needs exactly one")

ids = set()
for n, node in enumerate(nodes, start=2):
    key = node["ids"].get("ID")
    if key in ids:
        problems.append(f"nodes.csv record {n}: id {key[1]} repeats in id space '{key[0]}'")
    ids.add(key)
for n, rel in enumerate(rels, start=2):
    for role in ("START_ID", "END_ID"):
        if rel["ids"].get(role) not in ids:
            problems.append(f"relationships.csv record {n}: {role} {rel['ids'].get(role)} names no node")
    if not rel.get("type"):
        problems.append(f"relationships.csv record {n}: no TYPE")

print(json.dumps({
    "problems": problems,
    "delimiter": delimiter,
    "nodes": [{"id": n["ids"]["ID"][1], "labels": n["labels"], "properties": n["properties"]} for n in nodes],
    "relationships": [{"start": r["ids"]["START_ID"][1], "end": r["ids"]["END_ID"][1], "type": r.get("type"), "properties": r["properties"]} for r in rels],
}, ensure_ascii=False))
