#!/usr/bin/env bash
# First visits on a throttled link (issue 29), against the release server on loopback: see
# bench/first-visit.mjs. Needs a release build and the end2end packages (.ci/tools --browser).
#   bash bench/first-visit.sh          # median of 5 visits per row
#   RUNS=3 bash bench/first-visit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
NODE_PATH="$PWD/end2end/node_modules" node bench/first-visit.mjs "$BASE" "${RUNS:-5}"
