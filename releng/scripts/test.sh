#!/usr/bin/env bash
# The README's test command: the whole suite, UI tests in a real workbench under Xvfb, then the
# installed `cruise` launcher checked from outside as a user runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/prereqs.sh

xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify
bash releng/scripts/launcher-test.sh
