#!/usr/bin/env bash
# The README's main job: build the CRUISE product and run what CRUISE can do so far.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/prereqs.sh

./mvnw -B -q -DskipTests verify
echo
echo "== cruise validate examples/checkpoint.yaml examples/update.yaml"
./cruise validate examples/checkpoint.yaml examples/update.yaml
echo
echo "== cruise --help"
./cruise --help
