#!/usr/bin/env bash
# Installs the Debian packages that the test suite drives for real (a browser for the Swagger UI and explorer
# tests; graphviz, NetworkX, igraph, rdflib, raptor, Virtuoso and node for the interchange checks). Idempotent and quiet; when not root
# or without apt-get it only says what is missing, and those tests skip with a message (they fail under CI=true).
set -uo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
/usr/bin/python3 -c "import networkx" >/dev/null 2>&1 || need+=(python3-networkx)
/usr/bin/python3 -c "import rdflib" >/dev/null 2>&1 || need+=(python3-rdflib)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
/usr/bin/python3 -c "import igraph" >/dev/null 2>&1 || need+=(python3-igraph)
[ -x /usr/bin/virtuoso-t ] && [ -x /usr/bin/isql-vt ] || need+=(virtuoso-opensource)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: missing test tools (${need[*]}); install them with: sudo apt-get install -y ${need[*]}"
  exit 0
fi

echo "== installing test tools: ${need[*]} =="
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null 2>&1 || true
if ! apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/tmp/kg-apt.log 2>&1; then
  echo "warning: apt-get install ${need[*]} failed (see /tmp/kg-apt.log); the tests that need them will say so"
fi
exit 0
