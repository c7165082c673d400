#!/usr/bin/env bash
# Black-box checks of the materialized product, run as a user runs it: the `cruise` script at
# the product root, no OSGi test harness, no display unless the check needs one.
set -uo pipefail
cd "$(dirname "$0")/../.."
product=product/org.cruise.product/target/products/org.cruise.product/linux/gtk/x86_64
cruise=$product/cruise
work=$(mktemp -d /tmp/cruise-launcher-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@" >"$work/out" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     | /' "$work/out"
  fi
}

installed() { [[ -x $cruise ]] && [[ $(stat -c %a "$cruise") == 755 ]]; }
help_headless() {
  local out; out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$cruise" --help) || return 1
  grep -q '^  validate ' <<<"$out" && grep -q '^  workbench ' <<<"$out" && grep -q 'Exit codes' <<<"$out"
}
version() { "$cruise" --version | grep -q '^cruise 1\.0\.0\.'; }
validate_examples() { "$cruise" validate examples/checkpoint.yaml examples/update.yaml; }
validate_bad() {
  printf 'program: /usr/bin/env\npid: 1\nstore: /tmp/x\nfunctions: [main]\ntcp: maybe\n' >"$work/bad.yaml"
  local rc=0; "$cruise" validate "$work/bad.yaml" 2>"$work/err" || rc=$?
  cat "$work/err"
  [[ $rc -eq 2 ]] && grep -q "$work/bad.yaml:5:6:" "$work/err"
}
demo() { "$cruise" demo >"$work/demo.out" 2>&1 || { cat "$work/demo.out"; return 1; }; grep -q '^demo passed: ' "$work/demo.out"; }
unknown_command() { local rc=0; "$cruise" frobnicate 2>/dev/null || rc=$?; [[ $rc -eq 2 ]]; }
from_elsewhere() { (cd / && "$OLDPWD/$cruise" --help >/dev/null) && ln -sf "$PWD/$cruise" "$work/cruise-link" && "$work/cruise-link" --version; }
workbench_window() {
  # The workbench opens a window titled CRUISE on a virtual display; then we close it.
  xvfb-run -a -s '-screen 0 1280x1024x24' bash -c '
    "$1" workbench --data "$2/ws" >"$2/wb.log" 2>&1 & pid=$!
    for _ in $(seq 1 120); do
      if xwininfo -root -tree 2>/dev/null | grep -q "\"CRUISE\""; then kill $pid; wait $pid; exit 0; fi
      kill -0 $pid 2>/dev/null || { cat "$2/wb.log"; exit 1; }
      sleep 0.5
    done
    cat "$2/wb.log"; kill $pid; exit 1' _ "$cruise" "$work"
}

# A target that calls handle_request() once per line on its stdin (a FIFO we hold open).
start_target() {
  gcc -O2 -g -pthread -o "$work/target" plugins/org.cruise.core.tests/programs/checkpoint_target.c || return 1
  rm -f "$work/in"; mkfifo "$work/in"
  "$work/target" <"$work/in" >"$work/target.out" 2>&1 &
  target=$!
  exec 8>"$work/in"
  for _ in $(seq 100); do grep -q ready "$work/target.out" && return 0; sleep 0.05; done
  return 1
}
stop_target() { echo quit >&8; exec 8>&-; wait "$target"; }
wait_for() { # file pattern
  for _ in $(seq 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  return 1
}
checkpoint_and_gdb() {
  start_target || return 1
  : >"$work/cp.out"
  "$cruise" checkpoint --pid "$target" --at handle_request --store "$work/store" --count 1 >"$work/cp.out" 2>&1 &
  local c=$!
  wait_for "$work/cp.out" '^watching' || { cat "$work/cp.out"; return 1; }
  echo "req 5" >&8
  wait "$c" || { cat "$work/cp.out"; return 1; }
  cat "$work/cp.out"
  local snap; snap=$(sed -n 's/^snapshot 1: \([^ ]*\) .*/\1/p' "$work/cp.out")
  [[ -d $snap && $(stat -c %a "$snap") == 700 && $(stat -c %a "$snap/core") == 600 ]] || return 1
  gdb -batch -nx -ex 'print counter_global' "$work/target" "$snap/core" 2>/dev/null | tee "$work/gdb.out"
  grep -q '= 4661' "$work/gdb.out" || return 1
  echo "req 3" >&8
  wait_for "$work/target.out" '^req 3 -> 9' || return 1
  stop_target
}
sigterm_detaches() {
  start_target || return 1
  : >"$work/cp.out"
  "$cruise" checkpoint --pid "$target" --at handle_request --store "$work/store2" >"$work/cp.out" 2>&1 &
  local c=$!
  wait_for "$work/cp.out" '^watching' || { cat "$work/cp.out"; return 1; }
  kill -TERM "$c"
  local rc=0; wait "$c" || rc=$?
  cat "$work/cp.out"
  [[ $rc -eq 0 ]] && grep -q '^TracerPid:[[:space:]]*0$' "/proc/$target/status" || return 1
  echo "req 2" >&8   # the breakpoint is gone: no SIGTRAP kills it
  wait_for "$work/target.out" '^req 2 -> 4' || return 1
  stop_target
}

check "product has an executable cruise launcher" installed
check "cruise --help works without a display and lists the commands" help_headless
check "cruise --version names the build" version
check "cruise validate accepts the shipped examples" validate_examples
check "cruise validate rejects a bad file with file:line:col and exit 2" validate_bad
check "an unknown command exits 2" unknown_command
check "the launcher works from another directory and through a symlink" from_elsewhere
check "cruise workbench opens the CRUISE window" workbench_window
check "cruise checkpoint writes a snapshot that gdb reads, the target runs on" checkpoint_and_gdb
check "SIGTERM detaches cleanly: exit 0, target untraced and unharmed" sigterm_detaches
check "cruise demo: the web server is fixed between two requests of one connection" demo

echo "launcher-test: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
