#!/usr/bin/env bash
# Builds the solution once, runs every test project, and ends with one line "N passed, N failed[, N skipped]"
# summed over all projects (dotnet test prints one summary per project, never such a line).
set -uo pipefail
cd "$(dirname "$0")"

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

.ci/install-tools.sh

echo "== restore and build (Release) =="
if ! dotnet build KnowledgeGraph.sln -c Release --nologo; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== test =="
dotnet test KnowledgeGraph.sln -c Release --no-build --nologo \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
  --results-directory "$results"
status=$?

total=0; executed=0; passed=0; failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0; }
  total=$((total + $(get total)))
  executed=$((executed + $(get executed)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
done
skipped=$((total - executed))

if [ ${#trx_files[@]} -eq 0 ] || [ "$total" -eq 0 ]; then
  echo "no test results were produced"
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # dotnet test failed without a failed test: a crashed host or a build/discovery error.
  failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
