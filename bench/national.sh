#!/usr/bin/env bash
# National-size figures (issue 12), on paper by simulation on this machine: the geography of every
# département from @etalab/decoupage-administratif (server/data/generate-geo.mjs --departements
# toutes: ≈ 35 000 communes, ≈ 1 250 EPCI; points outside the Ain simulated), 20 000 places and
# 100 000 services generated over it (domain::simulation), loaded into a throw-away PostgreSQL.
# Then the release server on it: start-up time, memory, commune search p99, result page req/s, the
# offline snapshot's size per département, and the engine's time per orientation. Loopback only,
# bounded in time; prints Markdown.
#
#   bash bench/national.sh                       # 200 clients, 30 s per URL
#   CLIENTS=50 DURATION=10 DEPARTEMENTS=01,69 bash bench/national.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-200}"
DURATION="${DURATION:-30}"
DEPARTEMENTS="${DEPARTEMENTS:-toutes}"
source .ci/env

GEO="$(mktemp -d)/geo.json"
(cd server/data && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; } && node generate-geo.mjs --departements "$DEPARTEMENTS" --sortie "$GEO")
cargo build --release -p server --example simulation >/dev/null 2>&1
NAT_PG_DIR="$(mktemp -d)"
PG_SERVER="$(bash .ci/postgres start "$NAT_PG_DIR")"
trap 'bash .ci/postgres stop "$NAT_PG_DIR"; rm -rf "$NAT_PG_DIR" "$(dirname "$GEO")"' EXIT
psql -q "$PG_SERVER/postgres" -c "CREATE DATABASE nationale"
echo "Loading: $("$CARGO_TARGET_DIR/release/examples/simulation" "$GEO" "$PG_SERVER/nationale")"

BENCH_DATABASE_URL="$PG_SERVER/nationale" AIGUILLAGE_GEOGRAPHIE="$GEO" source bench/server.sh
trap 'bench_cleanup; bash .ci/postgres stop "$NAT_PG_DIR"; rm -rf "$NAT_PG_DIR" "$(dirname "$GEO")"' EXIT
RSS_START=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

RESULT="/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi"
echo
echo "| national simulation, $CLIENTS clients, ${DURATION} s, loopback, $(nproc) cores | req/s | p50 | p99 | errors | bytes/response |"
echo "|---|---|---|---|---|---|"
source bench/wrk.sh
wrk_row "result page (SSR)" "$BASE$RESULT"
wrk_row "commune search (JSON), « saint »: the largest bucket" "$BASE/api/v1/communes?q=saint"
wrk_row "commune search (JSON), « bourg »" "$BASE/api/v1/communes?q=bourg"
wrk_row "home page (SSR)" "$BASE/"
RSS_END=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
echo
echo "Start-up (command to first /health answer, geography already stored): ${SERVER_START_S} s"
echo "Memory of the instance (RSS): $((RSS_START / 1024)) MB after start, $((RSS_END / 1024)) MB after the load"
echo
echo "| offline snapshot | JSON | brotli |"
echo "|---|---|---|"
whole=$(curl -fs "$BASE/api/v1/instantane" | wc -c)
brotli_size() { node -e 'process.stdout.write(String(require("zlib").brotliCompressSync(require("fs").readFileSync(0)).length))'; }
echo "| whole deployment | $((whole / 1024)) KB | $(( $(curl -fs "$BASE/api/v1/instantane" | brotli_size) / 1024 )) KB |"
for dep in 01 69 75 13 59 2A 974; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/instantane?departement=$dep")
  [ "$code" = 200 ] || continue
  json=$(curl -fs "$BASE/api/v1/instantane?departement=$dep" | wc -c)
  br=$(curl -fs "$BASE/api/v1/instantane?departement=$dep" | brotli_size)
  echo "| département $dep | $((json / 1024)) KB | $((br / 1024)) KB |"
done

echo
echo "Engine (criterion, one orientation, 20 000 places and 100 000 services over this geography, person in Nantua):"
AIGUILLAGE_GEOGRAPHIE="$GEO" cargo bench -p domain --bench engine 2>/dev/null | grep -E "time:" || true
