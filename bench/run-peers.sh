#!/bin/sh
# Reproduces docs/PERFORMANCE.md: builds the C reference and the C# runner, generates S, M and L with
# ../shared/bench/gen_graph.py, runs peers.py with the C# engine beside igraph, NetworkX and C, and measures the
# HTTP API with wrk.
#   sh bench/run-peers.sh                 # S, M, L and HTTP
#   SIZES="S M" sh bench/run-peers.sh     # skip L
#   HTTP=0 sh bench/run-peers.sh          # skip wrk
# Needs (Debian): apt-get install -y gcc python3-networkx python3-igraph wrk
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
OUT=${OUT:-/tmp/kgbench}
SIZES=${SIZES:-"S M L"}
HTTP=${HTTP:-1}
PY=/usr/bin/python3
mkdir -p "$OUT"

echo "== machine"; nproc; grep -m1 'model name' /proc/cpuinfo; free -m | sed -n 2p; uptime

gcc -O2 -Wall -o "$OUT/csr_bfs" "$SHARED/csr_bfs.c" -lm
dotnet build tests/KnowledgeGraph.Benchmarks -c Release --nologo -v q
KG="kg=dotnet $ROOT/tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll peers"

jsons=""
for s in $SIZES; do
    case $s in
        S) n=10000;   m=50000;    budget=120; engines=igraph,networkx,csr ;;
        M) n=100000;  m=1000000;  budget=60;  engines=igraph,networkx,csr ;;
        # L: NetworkX needs ~4 GB and ~10 minutes; igraph and C are the peers there.
        L) n=1000000; m=10000000; budget=60;  engines=igraph,csr ;;
        *) echo "unknown size $s" >&2; exit 2 ;;
    esac
    [ -f "$OUT/$s/manifest.csv" ] || $PY "$SHARED/gen_graph.py" --nodes $n --edges $m --seed 42 --out "$OUT/$s"
    echo "== $s: load $(uptime)"
    $PY "$SHARED/peers.py" "$OUT/$s" --engines "$engines" --csr-bin "$OUT/csr_bfs" --budget $budget \
        --external "$KG" --json "$OUT/$s.json" | tee "$OUT/$s.md"
    # Memory per relation: the import alone, with its progress bar (peak and settled RSS).
    dotnet tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll import "$OUT/$s" | tee "$OUT/$s.import.txt"
    jsons="$jsons $OUT/$s.json"
done
$PY "$SHARED/peers.py" --report $jsons | tee "$OUT/report.md"

if [ "$HTTP" = 1 ]; then
    sh bench/run-http.sh | tee "$OUT/http.md"
fi
