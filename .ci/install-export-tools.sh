#!/usr/bin/env bash
# Installs the programs the export tests read exports with: Graphviz (dot), NetworkX, rdflib and rapper.
# Idempotent and quiet: does nothing when every package is present. Needs root (apt-get), as CI runs.
set -euo pipefail

packages=(graphviz python3-networkx python3-rdflib raptor2-utils)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing export consumers: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get -qq update >/dev/null
apt-get -qq -o DPkg::Lock::Timeout=300 install -y "${missing[@]}" >/dev/null
