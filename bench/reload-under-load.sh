#!/usr/bin/env bash
# Reload under load: a Release build of the API serves a copy of graph-data/ on 127.0.0.1 while wrk drives path
# and neighbourhood requests for $DURATION seconds, and the data folder is swapped every $SWAP_EVERY seconds between
# valid versions (the entity "armenia" renamed "Armenia v1", "Armenia v2", ...) and invalid ones (a dangling
# reference, a truncated file, invalid UTF-8). Checks: zero failed requests (non-2xx or socket errors), every
# response consistent with one version (bench/reload-check.lua: one ETag, one name), every valid version swapped in
# and every invalid one rejected, and resident memory back near its level once the old versions are released.
#
#   bench/reload-under-load.sh             # 60 s, 2 wrk threads, 32 connections
#   DURATION=20 bench/reload-under-load.sh
# Needs: the .NET SDK, wrk (apt-get install -y wrk), curl, python3. Results: $WORK/reload-under-load.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$(pwd)"

DURATION="${DURATION:-60}"
SWAP_EVERY="${SWAP_EVERY:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-5181}"
WORK="${WORK:-/tmp/kg-harden-reload}"
URL="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

rm -rf "$WORK"
mkdir -p "$WORK/versions"

echo "== publishing the API (Release)"
dotnet publish src/KnowledgeGraph.Api -c Release -o "$WORK/api" --nologo -v quiet >/dev/null

echo "== preparing data versions"
STATES=entities/states.json
RELATIONS=$(cd graph-data && ls relations/*.json | head -n 1)
make_version() { rm -rf "$WORK/versions/$1"; cp -r graph-data "$WORK/versions/$1"; }
make_version v0
for v in v1 v2 v3; do
  make_version "$v"
  python3 - "$WORK/versions/$v/$STATES" "Armenia $v" <<'PY'
import sys, re
path, name = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
new = re.sub(r'("id": "armenia",\s*"kind": "State",\s*"name": )"Armenia"', r'\1"%s"' % name, text, count=1)
assert new != text, "the armenia entity was not found"
open(path, "w", encoding="utf-8").write(new)
PY
done
make_version bad-reference
sed -i '0,/"target": "armenia"/s//"target": "armenia-that-does-not-exist"/' "$WORK/versions/bad-reference/$RELATIONS"
make_version bad-truncated
head -c 2000 graph-data/$STATES > "$WORK/versions/bad-truncated/$STATES"
make_version bad-utf8
python3 - "$WORK/versions/bad-utf8/$RELATIONS" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
at = data.index(b'"note": "') + 9
open(path, "wb").write(data[:at] + b"\xff\xfe\xc3\x28" + data[at:])
PY
cp -r "$WORK/versions/v0" "$WORK/data"

echo "== starting the API on $URL"
(
  cd "$WORK/api"
  export KnowledgeGraph__DataPath="$WORK/data" KnowledgeGraph__ReloadDelayMilliseconds=500
  # One log line per request at 10k+ requests/s would measure the console, not the API.
  exec dotnet KnowledgeGraph.Api.dll --urls "$URL" --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning >"$WORK/api.log" 2>&1
) &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$URL/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$URL/health" >/dev/null || { echo "the API did not start:"; cat "$WORK/api.log"; exit 1; }
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$API_PID/status"; }
health() { curl -s "$URL/health" | python3 -c 'import sys, json; h = json.load(sys.stdin); print(h["status"], h["dataVersion"])'; }

echo "== warming up (10 s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/reload-check.lua "$URL" >"$WORK/warmup.txt"
sleep 3
RSS_BASE=$(rss)
echo "   RSS after warm-up: $RSS_BASE MiB"

echo "== sampling memory"
( while kill -0 $API_PID 2>/dev/null; do echo "$(date +%s.%N | cut -c1-14),$(rss)"; sleep 0.5; done ) >"$WORK/rss.csv" 2>/dev/null &
SAMPLER_PID=$!

echo "== swapping the data folder every $SWAP_EVERY s during the load"
SEQUENCE=(v1 bad-reference v2 bad-truncated v3 bad-utf8 v0 v1 bad-reference v2 bad-truncated v3 bad-utf8 v0)
START=$(date +%s)
(
  sleep "$SWAP_EVERY"
  for version in "${SEQUENCE[@]}"; do
    [ "$(date +%s)" -lt "$(( START + DURATION - 3 ))" ] || break
    before=$(health)
    cp -r "$WORK/versions/$version/." "$WORK/data/"
    sleep 2
    echo "$(date +%T) swapped in $version: before [$before] after [$(health)], RSS $(rss) MiB"
    sleep $(( SWAP_EVERY - 2 ))
  done
) >"$WORK/swaps.txt" &
SWAP_PID=$!

echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/reload-check.lua "$URL" >"$WORK/wrk.txt"
wait $SWAP_PID || true
RSS_PEAK=$(cut -d, -f2 "$WORK/rss.csv" | sort -n | tail -n 1)

echo "== idle 20 s, then a light request to let the server settle"
sleep 20
curl -s "$URL/api/entities/armenia" >/dev/null
sleep 2
RSS_END=$(rss)
kill $SAMPLER_PID 2>/dev/null || true
FINAL_HEALTH=$(health)

grep RESULT "$WORK/wrk.txt" | sed 's/^RESULT //'
cat "$WORK/swaps.txt"
RELOADED=$(grep -c "Reloaded" "$WORK/api.log" || true)
REJECTED=$(grep -c "rejected; still serving" "$WORK/api.log" || true)
REQUESTS=$(grep -o 'requests=[0-9]*' "$WORK/wrk.txt" | head -n 1 | cut -d= -f2)
RPS=$(grep -o 'rps=[0-9]*' "$WORK/wrk.txt" | cut -d= -f2)
P50=$(grep -o 'p50_ms=[0-9.]*' "$WORK/wrk.txt" | cut -d= -f2)
P99=$(grep -o 'p99_ms=[0-9.]*' "$WORK/wrk.txt" | cut -d= -f2)
field() { grep -o "$1=[0-9.]*" "$WORK/wrk.txt" | head -n 1 | cut -d= -f2; }
CONNECT=$(field connect); READ=$(field read); WRITE=$(field write); TIMEOUT=$(field timeout); NON2XX=$(field non2xx)
MIXED=$(field mixed); UNPARSED=$(field unparsed); CHECKED=$(field checked)
VERSIONS=$(grep -c 'RESULT version' "$WORK/wrk.txt" || true)
ERRORS=$(( CONNECT + READ + WRITE + TIMEOUT + NON2XX ))

{
  echo "## Reload under load ($(date -u +%F), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, swap every ${SWAP_EVERY}s)"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| requests | $REQUESTS |"
  echo "| requests/s | $RPS |"
  echo "| latency p50 / p99 | $P50 / $P99 ms |"
  echo "| failed requests (non-2xx + socket errors) | $ERRORS (non-2xx $NON2XX, connect $CONNECT, read $READ, write $WRITE, timeout $TIMEOUT) |"
  echo "| responses checked against their ETag / mixed versions / unparsed | $CHECKED / $MIXED / $UNPARSED |"
  echo "| data versions seen by clients | $VERSIONS |"
  echo "| reloads swapped in / rejected (server log) | $RELOADED / $REJECTED |"
  echo "| RSS after warm-up / peak / 20 s after the load | $RSS_BASE / $RSS_PEAK / $RSS_END MiB |"
  echo "| final /health | $FINAL_HEALTH |"
} | tee "$WORK/reload-under-load.md"

[ "$ERRORS" -eq 0 ] && [ "$MIXED" -eq 0 ] && [ "$UNPARSED" -eq 0 ] || { echo "FAILED: errors or mixed responses"; exit 1; }
echo "OK"
