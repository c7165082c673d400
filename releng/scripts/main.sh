#!/usr/bin/env bash
# The README's main job: build the CRUISE product and run the paper's demonstration: a web server
# with a directory-traversal bug is fixed by a live update between two requests of one connection.
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
echo
echo "== cruise demo"
./cruise demo
