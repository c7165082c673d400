#!/usr/bin/env bash
# Start-up time of the headless launcher: `cruise --help`, N runs (default 9) after one warm-up,
# with the class-data-sharing archive (normal use) and without it (first run / no cache dir).
# Prints a Markdown table row set; run after the build:  bash releng/scripts/bench-startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cruise=product/org.cruise.product/target/products/org.cruise.product/linux/gtk/x86_64/cruise
runs=${1:-9}
measure() { # label, then env assignments for the runs
  local label=$1; shift
  env "$@" "$cruise" --help >/dev/null
  local t=()
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s%N); env "$@" "$cruise" --help >/dev/null; e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  IFS=$'\n' sorted=($(sort -n <<<"${t[*]}")); unset IFS
  echo "| $label | ${sorted[$((runs / 2))]} | ${sorted[0]} | ${sorted[-1]} | $runs |"
}
nocache=$(mktemp -d)
trap 'rm -rf "$nocache"' EXIT
echo "| cruise --help | median ms | min ms | max ms | runs |"
echo "|---|---|---|---|---|"
measure "with CDS archive (usual)" XDG_CACHE_HOME="${XDG_CACHE_HOME:-$HOME/.cache}"
measure "without CDS (no writable cache)" XDG_CACHE_HOME=/proc/nonexistent
echo
echo "machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $("$JAVA_HOME"/bin/java -version 2>&1 | head -1)"
