#!/usr/bin/env bash
# What keeping the userfaultfd write protection between checkpoints costs the target, run after
# the build:   bash releng/scripts/bench-write-cost.sh [RUNS] [MB]   (defaults 5, 256)
# A C target holds MB megabytes and, on "pass", writes one byte into every page, timing it.
# Per run: a pass without cruise; then with `cruise checkpoint --pid` attached (route forced by
# CRUISE_FREEZE, default userfaultfd): the first pass after arming (every page protected: one
# write fault per page, resolved by cruise's handler thread), a second pass (nothing protected
# any more), then one checkpoint (a request) and a pass after it (the pages are protected again).
# Prints a Markdown table (ns per page written: median | min | max) for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
cruise=$PWD/product/org.cruise.product/target/products/org.cruise.product/linux/gtk/x86_64/cruise
runs=${1:-5}
mb=${2:-256}
route=${CRUISE_FREEZE:-userfaultfd}
work=$(mktemp -d /tmp/cruise-bench.XXXXXX)
store=/dev/shm/cruise-bench-$$
cleanup() { rm -rf "$work" "$store"; jobs -p | xargs -r kill 2>/dev/null || true; }
trap cleanup EXIT
gcc -O2 -o "$work/write_cost" releng/bench/write_cost.c

stats() { sort -n | awk '{a[NR]=$1} END {printf "%s | %s | %s", a[int((NR+1)/2)], a[1], a[NR]}'; }

start_target() {
  rm -f "$work/in" "$work/out"; mkfifo "$work/in"
  "$work/write_cost" "$mb" <"$work/in" >"$work/out" 2>&1 &
  pid=$!
  exec 7>"$work/in"
  for _ in $(seq 600); do grep -q ready "$work/out" 2>/dev/null && return; sleep 0.05; done
  echo "target did not start" >&2; exit 1
}
# Sends a line and waits for the N-th line matching pattern; prints its last field.
ask() { # line pattern n
  echo "$1" >&7
  for _ in $(seq 600); do [[ $(grep -c "$2" "$work/out") -ge $3 ]] && break; sleep 0.02; done
  grep "$2" "$work/out" | sed -n "$3p" | awk '{print $NF}'
}

: >"$work/bare"; : >"$work/first"; : >"$work/second"; : >"$work/after"
for _ in $(seq "$runs"); do
  start_target
  ask pass pass_ns 1 >/dev/null # page in, warm up
  ask pass pass_ns 2 >>"$work/bare"
  : >"$work/cruise.out"
  CRUISE_FREEZE=$route "$cruise" checkpoint --pid "$pid" --at handle_request --store "$store" >"$work/cruise.out" 2>&1 7>&- &
  c=$!
  for _ in $(seq 200); do grep -q '^watching' "$work/cruise.out" && break; sleep 0.05; done
  ask pass pass_ns 3 >>"$work/first"
  ask pass pass_ns 4 >>"$work/second"
  ask 1 '^req' 1 >/dev/null
  for _ in $(seq 600); do grep -q '^snapshot ' "$work/cruise.out" && break; sleep 0.05; done
  ask pass pass_ns 5 >>"$work/after"
  # The target ends (stdin closed) and the session with it (a background job ignores SIGINT).
  exec 7>&-; wait "$pid" 2>/dev/null || true; wait "$c" || true
  rm -rf "$store"
done
echo "| $mb MiB, route $route | ns per page written: median | min | max |"
echo "|---|---|---|---|"
echo "| without cruise | $(stats <"$work/bare") |"
echo "| watched, first pass after arming | $(stats <"$work/first") |"
echo "| watched, second pass (no checkpoint between) | $(stats <"$work/second") |"
echo "| watched, first pass after a checkpoint | $(stats <"$work/after") |"
echo
echo "machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, kernel $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
