#!/usr/bin/env bash
# Live-update benchmark, run after the build:
#   bash releng/scripts/bench-update.sh [RUNS]        (default 5 runs per row)
# Downtime of `cruise update` (process stopped at the safe point -> running NEW's code) and the
# preparation pause, for the demo web server and for the key-value server with 0, 100, 300 and
# 500 MB of heap (the downtime must not grow with the heap). Prints a Markdown table for
# docs/benchmarks.md. Needs python3 (the load driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
cruise=$PWD/product/org.cruise.product/target/products/org.cruise.product/linux/gtk/x86_64/cruise
runs=${1:-5}
command -v python3 >/dev/null || { echo "bench-update: needs python3" >&2; exit 2; }
work=$(mktemp -d /tmp/cruise-bench-update.XXXXXX)
trap 'rm -rf "$work"' EXIT
gcc -O2 -g -o "$work/webserver-v1" plugins/org.cruise.cli/demo/webserver_v1.c
gcc -O2 -g -o "$work/webserver-v2" plugins/org.cruise.cli/demo/webserver_v2.c
gcc -O2 -g -o "$work/kvstore-v1" plugins/org.cruise.core.tests/programs/update/kvstore_v1.c
gcc -O2 -g -o "$work/kvstore-v2" plugins/org.cruise.core.tests/programs/update/kvstore_v2.c
echo "machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), kernel $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 releng/bench/update_bench.py "$cruise" "$work" "$runs"
