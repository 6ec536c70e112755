# Sourced by the load scripts: `wrk_row NAME URL` loads URL with CLIENTS connections for DURATION
# seconds (wrk, bounded by timeout) and prints one Markdown row: req/s, p50, p99, errors, bytes as
# sent. It asks as a browser does (issue 29): ENCODING, Chromium's `gzip, deflate, br, zstd` unless
# set; ENCODING=identity measures what a client that refuses compression gets.
# shellcheck shell=bash
ENCODING="${ENCODING:-gzip, deflate, br, zstd}"
wrk_row() {
  local name=$1 url=$2 size out rps p50 p99 errors
  size=$(curl -fs -H "Accept-Encoding: $ENCODING" "$url" | wc -c)
  curl -fs -H "Accept-Encoding: $ENCODING" "$url" >/dev/null # warm
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 10s --latency -H "Accept-Encoding: $ENCODING" "$url")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10} /Non-2xx/ {print $NF}' <<<"$out" | paste -sd+ | bc 2>/dev/null || echo 0)
  echo "| $name | $rps | $p50 | $p99 | ${errors:-0} | $size |"
}
