#!/usr/bin/python3
"""Markdown tables for docs/PERFORMANCE.md from peers.py --json files: medians per engine and test, and the
C# engine's ratios to igraph and to the best C row.   usage: perf_table.py M.json [L.json ...]"""
import json
import sys

TESTS = ["sp_directed", "sp_undirected", "hood2", "hood2_filtered", "simple_paths3"]
HEAD = ["SP directed", "SP undirected", "2-hop", "2-hop filtered", "simple paths <=3"]


def base(name):
    for t in sorted(TESTS, key=len, reverse=True):
        if name == t or name.startswith(t + "_"):
            return t, name[len(t) + 1:]
    return name, ""


def cell(t):
    if t is None:
        return "-"
    if t["p50_us"] is None:
        return "none done"
    p50, p99 = t["p50_us"], t["p99_us"]
    fmt = lambda x: f"{x:.0f}" if x >= 10 else f"{x:.1f}"
    s = f"{fmt(p50)} / {fmt(p99)}"
    return s if t["complete"] else s + f" ({t['done']}/{t['n']})"


def rows(results):
    """(label, result, {test: run}) per engine row; variants (_bidir, _api, _manual) get rows of their own."""
    out = []
    for r in results:
        if "tests" not in r:
            continue
        variants = {}
        for name, t in r["tests"].items():
            b, v = base(name)
            variants.setdefault(v, {})[b] = t
        label = {"csr": "C CSR", "kg": "kg (C#)"}.get(r["engine"], r["engine"]) + (" " + r.get("version", "") if r["engine"] not in ("csr", "kg") else "")
        for v in sorted(variants, key=lambda x: (x != "", x)):
            name = label + ({"": "", "bidir": ", bidirectional BFS", "manual": ", hand loop", "api": ", public API (records, explanations)"}[v] if v in ("", "bidir", "manual", "api") else ", " + v)
            if r["engine"] == "csr" and v == "":
                name += ", BFS"
            out.append((name, r, variants[v], v == ""))
    return out


def main(paths):
    for p in paths:
        doc = json.load(open(p))
        man = doc["manifest"]
        print(f"\n#### {int(man['nodes']):,} nodes, {int(man['edges']):,} edges (`{p}`)\n")
        print("p50 / p99 latency per query in µs; (k/n): the time budget stopped the test after k of n queries.\n")
        print("| engine | load s | RSS after load MiB (peak) | " + " | ".join(HEAD) + " |")
        print("|---" * (3 + len(TESTS)) + "|")
        table = rows(doc["results"])
        for name, r, tests, main_row in table:
            load = f"{r['load_s']:.2f}" if main_row else "〃"
            rss = f"{r['rss_after_load_mib']:.0f} ({r['rss_peak_load_mib']:.0f})" if main_row else "〃"
            print(f"| {name} | {load} | {rss} | " + " | ".join(cell(tests.get(t)) for t in TESTS) + " |")
        kg = next((tests for name, r, tests, m in table if r["engine"] == "kg" and m), None)
        ig = next((tests for name, r, tests, m in table if r["engine"] == "igraph" and m), None)
        nx = [tests for name, r, tests, m in table if r["engine"] == "networkx"]
        cs = [tests for name, r, tests, m in table if r["engine"] == "csr"]
        if kg is None:
            continue
        print("\nRatios of the C# engine's median to igraph's, to NetworkX's best row and to the best C row's (below 1: faster;"
              " a peer stopped by the budget is compared on the queries it did):\n")
        print("| ratio | " + " | ".join(HEAD) + " |")
        print("|---" * (1 + len(TESTS)) + "|")
        def ratio(other):
            cells = []
            for t in TESTS:
                o = [x[t]["p50_us"] for x in other if t in x and x[t]["p50_us"]]
                cells.append(f"{kg[t]['p50_us'] / min(o):.2g}" if t in kg and o else "-")
            return cells
        if ig:
            print("| kg / igraph | " + " | ".join(ratio([ig])) + " |")
        if nx:
            print("| kg / NetworkX | " + " | ".join(ratio(nx)) + " |")
        print("| kg / best C | " + " | ".join(ratio(cs)) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
