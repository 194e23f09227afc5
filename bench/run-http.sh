#!/bin/sh
# HTTP figures of docs/PERFORMANCE.md: the API published in Release on 127.0.0.1, the bundled graph, wrk with
# 2 threads and 32 connections for 10 s per endpoint, after a 3 s warm-up; /health is the framework's ceiling
# (a trivial endpoint of the same process, through the same middleware). Then the same with HTTP logging off.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PUB=${PUB:-/tmp/kgapi}
PORT=${PORT:-5187}
BASE=http://127.0.0.1:$PORT
if curl -fs "$BASE/health" >/dev/null 2>&1; then
    echo "something already answers on $BASE: choose another PORT" >&2
    exit 1
fi
dotnet publish src/KnowledgeGraph.Api -c Release -o "$PUB" --nologo -v q >/dev/null

run() { # $1 = label, then environment assignments for the server
    label=$1; shift
    env "$@" ASPNETCORE_URLS=$BASE KnowledgeGraph__DataPath="$ROOT/graph-data" KnowledgeGraph__WatchForChanges=false \
        dotnet "$PUB/KnowledgeGraph.Api.dll" >/tmp/kgapi.log 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null || { echo "the API did not start: see /tmp/kgapi.log" >&2; exit 1; }
    echo "### $label ($(uptime | sed 's/.*load/load/'))"
    echo
    echo "| endpoint | response bytes | requests/s | p50 | p99 |"
    echo "|---|---|---|---|---|"
    for path in "/health" "/api/paths?from=nikol-pashinyan&to=israel" "/api/paths?from=nikol-pashinyan&to=israel&k=5" \
                "/api/entities/nikol-pashinyan/neighbourhood" "/api/entities/armenia/neighbourhood?depth=2"; do
        wrk -t2 -c32 -d3s "$BASE$path" >/dev/null
        wrk -t2 -c32 -d10s --latency "$BASE$path" >/tmp/kgwrk.txt
        rps=$(awk '/Requests\/sec/ {print $2}' /tmp/kgwrk.txt)
        p50=$(awk '$1=="50%" {print $2}' /tmp/kgwrk.txt)
        p99=$(awk '$1=="99%" {print $2}' /tmp/kgwrk.txt)
        size=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
        echo "| \`GET $path\` | $size | $rps | $p50 | $p99 |"
    done
    echo
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}

run "default configuration (HTTP logging of every request at Information)"
run "HTTP logging off (Logging:LogLevel for the HTTP logging middleware at Warning)" \
    Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning
