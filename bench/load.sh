#!/usr/bin/env bash
# Load figures (issue 12): CLIENTS concurrent connections for DURATION seconds on the result page,
# the commune search, the home page, and the result page's own bytes served as a static file by
# the same server (the limit SSR can approach). Loopback only, bounded in time; prints a Markdown
# table. Needs a release build (`cargo leptos build --release`, as .ci/test does) and wrk (Debian).
#
#   bash bench/load.sh                 # 200 clients, 60 s per URL
#   CLIENTS=50 DURATION=10 bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-200}"
DURATION="${DURATION:-60}"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }; }
source bench/server.sh
STATIC="$LEPTOS_SITE_ROOT/bench-resultat.html"
trap 'bench_cleanup; rm -f "$STATIC" "$STATIC.br" "$STATIC.gz"' EXIT

RESULT="/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi"
curl -fs "$BASE$RESULT" >"$STATIC"
# The static file as a site serves its own files: compressed once, ahead (brotli 11, gzip 9), beside it.
node -e 'const z = require("zlib"), fs = require("fs"), f = process.argv[1], b = fs.readFileSync(f);
  fs.writeFileSync(f + ".br", z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(f + ".gz", z.gzipSync(b, { level: 9 }));' "$STATIC"
declare -a NAMES=("result page (SSR)" "same bytes, static file (precompressed)" "commune search (JSON)" "home page (SSR)")
declare -a PATHS=("$RESULT" "/bench-resultat.html" "/api/v1/communes?q=bourg" "/")

# Each row as a browser asks (Chromium's Accept-Encoding), then as a client that refuses compression.
source bench/wrk.sh
for ENCODING in "gzip, deflate, br, zstd" identity; do
  echo
  echo "| $CLIENTS clients, ${DURATION} s, loopback, $(nproc) cores, Accept-Encoding: $ENCODING | req/s | p50 | p99 | errors | bytes/response |"
  echo "|---|---|---|---|---|---|"
  for i in "${!PATHS[@]}"; do
    wrk_row "${NAMES[$i]}" "$BASE${PATHS[$i]}"
  done
done
