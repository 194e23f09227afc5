#!/usr/bin/env bash
# Times the worst queries (max depth from the biggest hub, k at its cap, all shortest paths between distant
# entities, unfiltered neighbourhood, betweenness under the request budget) on the largest benchmark graph of
# ../shared/bench, at the API's default caps, and prints a table (also written to $OUT).
#
#   bench/worst-queries.sh                 # L: 1 000 000 entities, 10 000 000 relations (~2 min to generate, ~6 GB RAM)
#   SIZE=M bench/worst-queries.sh          # M: 100 000 / 1 000 000
#   BENCH_DATA=/tmp/kgbench/L bench/worst-queries.sh   # an existing gen_graph.py folder (read only)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE="${SIZE:-L}"
WORK="${WORK:-/tmp/kg-harden-bench}"
OUT="${OUT:-$WORK/worst-queries-$SIZE.md}"
GEN="${GEN:-../shared/bench/gen_graph.py}"
case "$SIZE" in
  S) NODES=10000; EDGES=50000 ;;
  M) NODES=100000; EDGES=1000000 ;;
  L) NODES=1000000; EDGES=10000000 ;;
  *) echo "SIZE must be S, M or L" >&2; exit 2 ;;
esac
DATA="${BENCH_DATA:-$WORK/$SIZE}"
mkdir -p "$WORK"

if [ ! -f "$DATA/edges.csv" ]; then
  [ -f "$GEN" ] || { echo "$GEN not found: set GEN to the shared bench generator" >&2; exit 2; }
  echo "== generating $SIZE ($NODES entities, $EDGES relations) into $DATA"
  python3 "$GEN" --nodes "$NODES" --edges "$EDGES" --seed 42 --out "$DATA"
fi

echo "== building (Release)"
dotnet build tests/KnowledgeGraph.Tests -c Release --nologo -v quiet
echo "== running the worst queries on $DATA"
KG_BENCH_DIR="$DATA" KG_BENCH_OUT="$OUT" dotnet test tests/KnowledgeGraph.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~WorstQueriesBenchmark" --logger "console;verbosity=minimal" >"$WORK/worst-queries-$SIZE.log" 2>&1 || {
  cat "$WORK/worst-queries-$SIZE.log"; exit 1; }
cat "$OUT"
