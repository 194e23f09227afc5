#!/usr/bin/env bash
# Builds the solution once, runs every test project, packs the library and checks the package from the outside
# (tests/PackageConsumer), and ends with one line "N passed, N failed[, N skipped]" summed over all projects, the
# package check counting as one test (dotnet test prints one summary per project, never such a line).
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

# The package as shipped: pack the Release build, then restore it into tests/PackageConsumer (which is outside the
# solution) from the local folder feed with an empty package cache, so a package cached under the same version
# cannot hide a broken one; run the README's example there and check what it prints.
package_check() {
  local packages="$PWD/artifacts/packages" cache="$PWD/artifacts/consumer-packages" consumer=tests/PackageConsumer
  rm -rf "$packages" "$cache" "$consumer/bin" "$consumer/obj"
  # Zip entry times from the commit, so the same commit packs to the same bytes.
  local epoch
  epoch=$(git log -1 --format=%ct 2>/dev/null) || epoch=""
  if ! SOURCE_DATE_EPOCH="${epoch:-${SOURCE_DATE_EPOCH:-}}" dotnet pack src/KnowledgeGraph -c Release --no-build --nologo -o "$packages"; then
    echo "package check: dotnet pack failed"; return 1
  fi

  local nupkgs=("$packages"/KnowledgeGraph.*.nupkg)
  if [ ${#nupkgs[@]} -ne 1 ] || [ ! -f "${nupkgs[0]}" ]; then
    echo "package check: expected one KnowledgeGraph .nupkg in $packages, found: ${nupkgs[*]}"; return 1
  fi
  local nupkg="${nupkgs[0]}" version
  version=$(basename "$nupkg" .nupkg); version=${version#KnowledgeGraph.}
  local snupkg="$packages/KnowledgeGraph.$version.snupkg"
  echo "== $(basename "$nupkg") =="
  unzip -l "$nupkg"
  local listing nuspec
  listing=$(unzip -Z1 "$nupkg"); nuspec=$(unzip -p "$nupkg" KnowledgeGraph.nuspec)
  local entry
  for entry in lib/net10.0/KnowledgeGraph.dll lib/net10.0/KnowledgeGraph.xml PACKAGE.md; do
    grep -qxF "$entry" <<<"$listing" || { echo "package check: $entry is not in the package"; return 1; }
  done
  for entry in '<license type="expression">MIT</license>' '<readme>PACKAGE.md</readme>' '<authors>KnowledgeGraph contributors</authors>' \
      '<dependency id="QuikGraph"'; do
    grep -qF "$entry" <<<"$nuspec" || { echo "package check: the nuspec lacks $entry"; return 1; }
  done
  # (Listings go through variables: with pipefail, grep -q closing a pipe early would fail the pipeline.)
  if [ ! -f "$snupkg" ] || ! grep -qxF lib/net10.0/KnowledgeGraph.pdb <<<"$(unzip -Z1 "$snupkg")"; then
    echo "package check: no symbols package with lib/net10.0/KnowledgeGraph.pdb"; return 1
  fi

  echo "== tests/PackageConsumer against KnowledgeGraph $version (fresh package cache) =="
  local output
  output=$(NUGET_PACKAGES="$cache" dotnet run --project "$consumer" -c Release -p:KnowledgeGraphVersion="$version" 2>&1)
  local run_status=$?
  echo "$output"
  [ "$run_status" -eq 0 ] || { echo "package check: the consumer failed (exit $run_status)"; return 1; }
  if ! unzip -p "$nupkg" lib/net10.0/KnowledgeGraph.dll | cmp -s - "$consumer/bin/Release/net10.0/KnowledgeGraph.dll"; then
    echo "package check: the consumer did not run the packed KnowledgeGraph.dll"; return 1
  fi
  local expected
  for expected in \
      'path of 1: Nikol Pashinyan held a phone call with Vladimir Putin (11 August 2025;' \
      'neighbour at 0: csto (Collective Security Treaty Organization)' \
      'neighbour at 1: alen-simonyan (Alen Simonyan)'; do
    grep -qF -- "$expected" <<<"$output" || { echo "package check: the consumer did not print: $expected"; return 1; }
  done
}

echo "== package =="
if package_check; then
  echo "package check: passed"
  package_passed=1; package_failed=0
else
  echo "package check: FAILED"
  package_passed=0; package_failed=1
fi

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
total=$((total + 1)); executed=$((executed + 1))
passed=$((passed + package_passed)); failed=$((failed + package_failed))

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
