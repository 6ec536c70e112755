# Sourced by the bench scripts: starts the release server on a fresh database, on loopback, and
# stops it (and removes its data) when the script ends. Sets BASE, PID and DATA.
# shellcheck shell=bash
source .ci/env
PORT="${PORT:-3310}"
BASE="http://127.0.0.1:$PORT"
SERVER="$CARGO_TARGET_DIR/release/server"
[ -x "$SERVER" ] || { echo "no release build at $SERVER: run cargo leptos build --release first" >&2; exit 1; }
DATA="$(mktemp -d)"
bench_cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap bench_cleanup EXIT
DATABASE_URL="sqlite://$DATA/bench.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT" RUST_LOG=warn "$SERVER" serve >"$DATA/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$BASE/health" >/dev/null || { cat "$DATA/server.log" >&2; exit 1; }
