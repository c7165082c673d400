#!/usr/bin/env bash
# Installs what building and running CRUISE needs on Debian 12 x86-64, and only what is missing.
# Safe to run again. Sourced by the README's two commands; exports JAVA_HOME for the build.
set -euo pipefail

# Debian packages: compiler for test programs, gdb to check snapshots, elfutils' libraries bound
# through JNA, capstone 4 for decoding x86-64 (cruise diff; its headers for the test that checks
# the binding's struct offsets), and a virtual X server with GTK for the workbench and its tests.
packages=(gcc libc6-dev gdb libelf1 libdw1 libcapstone4 libcapstone-dev xvfb xauth x11-utils libgtk-3-0)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "prereqs: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "prereqs: need root to install: ${missing[*]}" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A JDK 21 or newer: the Eclipse platform bundles and the equinox launcher need it.
java_home_ok() {
  local home=$1 v
  [[ -n $home && -x $home/bin/javac && -r $home/release ]] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [[ ${v:-0} -ge 21 ]]
}
jh=
for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  c=${c%/}
  if java_home_ok "$c"; then jh=$c; break; fi
done
if [[ -z $jh ]]; then
  echo "prereqs: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); install one, e.g. Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 2
fi
export JAVA_HOME=$jh
