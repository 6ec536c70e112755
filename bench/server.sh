# Sourced by the bench scripts: starts the release server on loopback, and stops it (and removes its
# data) when the script ends. Sets BASE, PID, DATA and DATABASE_URL.
#   BACKEND=sqlite (default)   a fresh SQLite file
#   BACKEND=postgres           a fresh database on a throw-away PostgreSQL cluster (.ci/postgres)
#   BENCH_DATABASE_URL=…       an existing database, kept (bench/national.sh)
# Other variables reach the server as they are (AIGUILLAGE_GEOGRAPHIE…).
# shellcheck shell=bash
source .ci/env
PORT="${PORT:-3310}"
BASE="http://127.0.0.1:$PORT"
SERVER="$CARGO_TARGET_DIR/release/server"
[ -x "$SERVER" ] || { echo "no release build at $SERVER: run cargo leptos build --release first" >&2; exit 1; }
DATA="$(mktemp -d)"
PG_DIR=""
bench_cleanup() {
  [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null
  wait 2>/dev/null || true
  [ -n "$PG_DIR" ] && { bash .ci/postgres stop "$PG_DIR"; rm -rf "$PG_DIR"; }
  rm -rf "$DATA"
}
trap bench_cleanup EXIT
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  DATABASE_URL="$BENCH_DATABASE_URL"
elif [ "${BACKEND:-sqlite}" = postgres ]; then
  PG_DIR="$(mktemp -d)"
  PG_SERVER="$(bash .ci/postgres start "$PG_DIR")"
  psql -q "$PG_SERVER/postgres" -c "CREATE DATABASE bench"
  DATABASE_URL="$PG_SERVER/bench"
else
  DATABASE_URL="sqlite://$DATA/bench.db"
fi
export DATABASE_URL
SERVER_STARTED_AT=$(date +%s.%N)
LEPTOS_SITE_ADDR="127.0.0.1:$PORT" RUST_LOG=warn "$SERVER" serve >"$DATA/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$BASE/health" >/dev/null || { cat "$DATA/server.log" >&2; exit 1; }
# Seconds from the command to the first answer of /health (start-up, as an operator sees it).
SERVER_START_S=$(echo "$(date +%s.%N) - $SERVER_STARTED_AT" | bc)
export SERVER_START_S
