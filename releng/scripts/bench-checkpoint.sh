#!/usr/bin/env bash
# Checkpoint benchmark (the paper's Tables 1 and 2), run after the build:
#   bash releng/scripts/bench-checkpoint.sh [RUNS]        (default 5 runs per cell; ROUTES="userfaultfd" for one route)
# Table 2: for 100..500 MB of touched heap, the time the target is stopped and the total time
# until the snapshot is complete, with the store on /dev/shm and on disk (/var/tmp), for both
# routes of keeping the memory of the checkpoint instant (CRUISE_FREEZE=userfaultfd, the default
# where the kernel allows it, and CRUISE_FREEZE=fork).
# Requests come GAP seconds apart (default 1; a checkpointer reserves the next snapshot's store
# space in between, see docs/benchmarks.md) and the session keeps the last 2 snapshots
# (--keep-last 2), as a checkpointer running for a while would.
# Table 1: the cost of one call of a watched function and of an unwatched system call.
# Prints Markdown tables (median, min, max) for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
cruise=$PWD/product/org.cruise.product/target/products/org.cruise.product/linux/gtk/x86_64/cruise
runs=${1:-5}
gap=${GAP:-1}
work=$(mktemp -d /tmp/cruise-bench.XXXXXX)
stores=(/dev/shm/cruise-bench-$$ /var/tmp/cruise-bench-$$)
cleanup() { rm -rf "$work" "${stores[@]}"; jobs -p | xargs -r kill 2>/dev/null || true; }
trap cleanup EXIT
gcc -O2 -o "$work/heap_target" releng/bench/heap_target.c
gcc -O2 -o "$work/call_cost" releng/bench/call_cost.c

stats() { sort -n | awk '{a[NR]=$1} END {printf "%s | %s | %s", a[int((NR+1)/2)], a[1], a[NR]}'; }

# Starts a target reading a FIFO; sets pid and keeps fd 7 open as its stdin writer.
start_target() { # program args...
  rm -f "$work/in" "$work/out"; mkfifo "$work/in"
  "$@" <"$work/in" >"$work/out" 2>&1 &
  pid=$!
  exec 7>"$work/in"
  for _ in $(seq 600); do grep -q ready "$work/out" 2>/dev/null && return; sleep 0.05; done
  echo "target did not start" >&2; exit 1
}
stop_target() { exec 7>&-; wait "$pid" 2>/dev/null || true; }

# One checkpointer session taking N+1 snapshots, one per request; prints "stopped_ms total_ms"
# per snapshot. The first is taken by a fresh JVM (cold); the others are the steady state.
checkpoint_session() { # store n
  local n=$(($2 + 1))
  : >"$work/cruise.out" # not the previous session's "watching" line
  CRUISE_FREEZE=$route "$cruise" checkpoint --pid "$pid" --at handle_request --store "$1" --count "$n" --keep-last 2 \
    >"$work/cruise.out" 2>&1 &
  local c=$!
  for _ in $(seq 200); do grep -q '^watching' "$work/cruise.out" && break; sleep 0.05; done
  for i in $(seq "$n"); do
    [[ $i -gt 1 ]] && sleep "$gap"
    echo "$i" >&7
    for _ in $(seq 600); do [[ $(grep -c '^snapshot ' "$work/cruise.out") -ge $i ]] && break; sleep 0.05; done
  done
  wait "$c"
  sed -n 's/.*stopped \([0-9.]*\) ms, total \([0-9.]*\) ms.*/\1 \2/p' "$work/cruise.out"
}

echo "### Checkpoint time by heap size (ms; $runs snapshots in one session after a first one, requests ${gap} s apart)"
echo
echo "| heap MB | route | store | target stopped: median | min | max | total until complete: median | min | max | first snapshot of a fresh cruise: stopped / total |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for mb in 100 200 300 400 500; do
  for route in ${ROUTES:-userfaultfd fork}; do
  for store in "${stores[@]}"; do
    start_target "$work/heap_target" "$mb"
    checkpoint_session "$store" "$runs" >"$work/times"
    read -r cold_s cold_t < <(head -1 "$work/times")
    tail -n +2 "$work/times" | cut -d' ' -f1 >"$work/stopped"
    tail -n +2 "$work/times" | cut -d' ' -f2 >"$work/total"
    rm -rf "$store"
    stop_target
    label=$([[ $store == /dev/shm/* ]] && echo "/dev/shm" || echo "disk (/var/tmp)")
    echo "| $mb | $route | $label | $(stats <"$work/stopped") | $(stats <"$work/total") | $cold_s / $cold_t |"
  done
  done
done

echo
echo "### Cost per call (ns; median | min | max of $runs runs, 20000 calls each)"
echo
: >"$work/plain_call"; : >"$work/plain_sys"; : >"$work/watch_call"; : >"$work/watch_sys"
for _ in $(seq "$runs"); do
  start_target "$work/call_cost" 20000
  echo go >&7; stop_target
  read -r _ c _ s < <(grep call_ns "$work/out"); echo "$c" >>"$work/plain_call"; echo "$s" >>"$work/plain_sys"
  start_target "$work/call_cost" 20000
  : >"$work/cruise.out"
  "$cruise" checkpoint --pid "$pid" --at watched --store "${stores[0]}" --min-interval 1h >"$work/cruise.out" 2>&1 &
  c=$!
  for _ in $(seq 200); do grep -q '^watching' "$work/cruise.out" && break; sleep 0.05; done
  echo go >&7; stop_target; kill -INT "$c" 2>/dev/null || true; wait "$c" || true
  read -r _ c _ s < <(grep call_ns "$work/out"); echo "$c" >>"$work/watch_call"; echo "$s" >>"$work/watch_sys"
  rm -rf "${stores[0]}"
done
echo "| | call: median | min | max | getppid(): median | min | max |"
echo "|---|---|---|---|---|---|---|"
echo "| not watched | $(stats <"$work/plain_call") | $(stats <"$work/plain_sys") |"
echo "| watched by cruise (ptrace backend) | $(stats <"$work/watch_call") | $(stats <"$work/watch_sys") |"
echo
echo "machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, kernel $(uname -r)"
