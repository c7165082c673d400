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

check "product has an executable cruise launcher" installed
check "cruise --help works without a display and lists the commands" help_headless
check "cruise --version names the build" version
check "cruise validate accepts the shipped examples" validate_examples
check "cruise validate rejects a bad file with file:line:col and exit 2" validate_bad
check "an unknown command exits 2" unknown_command
check "the launcher works from another directory and through a symlink" from_elsewhere
check "cruise workbench opens the CRUISE window" workbench_window

echo "launcher-test: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
