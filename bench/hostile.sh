#!/usr/bin/env bash
# Hostile input (issue 12): malformed and oversized requests on every kind of route, sent to the
# release server on loopback. Expected: no 5xx, no markup of ours reflected unescaped, and the
# server still answering after. Every request is bounded (curl --max-time); prints a Markdown table
# and exits non-zero when an expectation fails.
#
#   bash bench/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-3311}"
# A partner allowed to frame the parcours, so that the framed addresses are tried too.
export AIGUILLAGE_INTEGRATIONS="${AIGUILLAGE_INTEGRATIONS:-partenaire=http://127.0.0.1:9}"
source bench/server.sh
WORK="$DATA/corpus"
mkdir -p "$WORK"
MARK='<script>alert(7)</script>'
MARK_Q='%3Cscript%3Ealert(7)%3C%2Fscript%3E'
declare -A STATUS
FIVE=0
REFLECTED=0
TOTAL=0
ROWS=""

# one NAME CURL-ARGS…: one request; its status counted, its body searched for the marker.
one() {
  local name="$1"
  shift
  local code
  code=$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 20 "$@" || true)
  TOTAL=$((TOTAL + 1))
  STATUS[$code]=$((${STATUS[$code]:-0} + 1))
  local note=""
  if [[ "$code" =~ ^5 ]]; then FIVE=$((FIVE + 1)); note="**5xx**"; fi
  if grep -qF "$MARK" "$WORK/body" 2>/dev/null; then REFLECTED=$((REFLECTED + 1)); note="$note **reflected**"; fi
  ROWS+="| $name | $code | $note |"$'\n'
}

long() { head -c "$1" /dev/zero | tr '\0' "$2"; }
many() { local out="" i; for i in $(seq 1 "$1"); do out+="a$i=$i&"; done; printf '%s' "${out%&}"; }

# Bad percent-encoding and bytes that are not UTF-8.
one "bad escapes, result" "$BASE/orientation?besoin=%ZZ&commune=%E9%&demarche_organisme=%"
one "bad escapes, search" "$BASE/api/v1/communes?q=%FF%FE%00"
one "bad escapes, path" "$BASE/lieu/%C0%AF%ZZ"
one "NUL and controls" "$BASE/parcours?besoin=demarche%00%0D%0ASet-Cookie:%20x=1"
# Oversized and numerous parameters.
one "100 KB query" "$BASE/orientation?besoin=demarche&commune=$(long 102400 A)"
one "100 KB search" "$BASE/api/v1/communes?q=$(long 102400 b)"
one "5 000 parameters" "$BASE/parcours?$(many 5000)"
one "repeated parameters" "$BASE/orientation?besoin=demarche&besoin=equiper&commune=01269&commune=01004&commune=x"
# Unknown codes.
one "unknown commune" "$BASE/orientation?besoin=demarche&commune=99999"
one "unknown need" "$BASE/parcours?besoin=inconnu"
one "unknown place" "$BASE/lieu/n-existe-pas"
one "unknown EPCI guide" "$BASE/guide/000000000"
one "unknown séance file" "$BASE/agenda/inconnue.ics"
one "unknown open-data file" "$BASE/donnees/inconnu.csv"
one "unknown indicator file" "$BASE/indicateurs/inconnu.csv"
one "bad period" "$BASE/indicateurs?du=31/02/2026&au=hier"
one "bad API page" "$BASE/api/v1/services?page=-1&size=999999999999"
one "bad reminder link" "$BASE/confirmer/..%2F..%2Fetc%2Fpasswd"
# Markup in every place a value is echoed.
one "markup in need" "$BASE/parcours?besoin=$MARK_Q"
one "markup in commune text" "$BASE/parcours?besoin=demarche&commune_texte=$MARK_Q"
one "markup in search" "$BASE/api/v1/communes?q=$MARK_Q"
one "markup in agenda" "$BASE/agenda?commune=$MARK_Q&theme=$MARK_Q"
one "markup in map" "$BASE/indicateurs/carte?vue=$MARK_Q&besoin=$MARK_Q"
one "markup in indicators" "$BASE/indicateurs?epci=$MARK_Q&du=$MARK_Q"
one "markup in report form" "$BASE/signaler?service=$MARK_Q&retour=$MARK_Q"
one "markup in embed form" "$BASE/integrer?cle=$MARK_Q&commune=$MARK_Q&besoin=$MARK_Q&langue=$MARK_Q&guichet=$MARK_Q"
one "markup in a framed step" "$BASE/integre/partenaire/parcours?besoin=demarche&q=$MARK_Q"
one "markup as a partner key" "$BASE/integre/$MARK_Q/parcours"
one "line break in a partner key" "$BASE/integre/a%0D%0ASet-Cookie:%20x=1/parcours"
one "framed traversal" --path-as-is "$BASE/integre/partenaire/..%2f..%2fadmin"
# Path traversal.
one "traversal, pkg" --path-as-is "$BASE/pkg/../../Cargo.toml"
one "traversal, encoded" --path-as-is "$BASE/%2e%2e/%2e%2e/etc/passwd"
one "traversal, moteur" --path-as-is "$BASE/moteur/..%2f..%2fCargo.toml"
one "traversal, donnees" --path-as-is "$BASE/donnees/..%2f..%2fREADME.md"
# Bodies: 10 MB, wrong content types, forged tokens.
long 10485760 x >"$WORK/10mb"
one "10 MB report" -X POST -H 'content-type: application/x-www-form-urlencoded' -H 'sec-fetch-site: same-origin' --data-binary "@$WORK/10mb" "$BASE/signaler"
one "10 MB login" -X POST -H 'content-type: application/x-www-form-urlencoded' --data-binary "@$WORK/10mb" "$BASE/admin/connexion"
one "10 MB import" -X POST -H 'sec-fetch-site: same-origin' -F "fichier=@$WORK/10mb" "$BASE/admin/imports/essai"
one "JSON to a form" -X POST -H 'content-type: application/json' -H 'sec-fetch-site: same-origin' --data '{"sujet":"x"}' "$BASE/signaler"
one "multipart to login" -X POST -H 'sec-fetch-site: same-origin' -F 'email=a@b.fr' "$BASE/admin/connexion"
one "no content type" -X POST -H 'sec-fetch-site: same-origin' --data-binary 'a=1' -H 'content-type:' "$BASE/signaler"
one "forged form token" -X POST -H 'sec-fetch-site: same-origin' --data 'jeton=1.00&sujet=x&message=y&service=z' "$BASE/signaler"
one "cross-site post" -X POST -H 'sec-fetch-site: cross-site' --data 'jeton=x' "$BASE/confirmer/1.a.b"
# Headers and cookies.
one "huge header" -H "x-grand: $(long 102400 h)" "$BASE/"
one "many headers" $(for i in $(seq 1 300); do printf -- '-H x-h%s:%s ' "$i" "$i"; done) "$BASE/"
one "forged session cookie" -H 'cookie: aiguillage-local=forged; __Host-aiguillage=../../x' "$BASE/admin"
one "forged cookie, admin post" -X POST -H 'cookie: aiguillage-local=forged' -H 'sec-fetch-site: same-origin' --data 'jeton=x' "$BASE/admin/rappels"
one "odd method" -X PROPFIND "$BASE/"
one "HTTP/1.0, no host" --http1.0 -H 'host:' "$BASE/"

# Slow clients: 50 connections sending a header a byte at a time, while others are served.
for i in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT" && for c in G E T " " / " " H T T P; do printf '%s' "$c" >&3; sleep 0.4; done; exec 3>&-) 2>/dev/null &
done
sleep 1
one "served while 50 clients are slow" "$BASE/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi"
wait_slow=$(jobs -p | grep -v "^$PID$" || true)
[ -n "$wait_slow" ] && wait $wait_slow 2>/dev/null || true

ALIVE=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health" || true)
kill -0 "$PID" 2>/dev/null && RUNNING=yes || RUNNING=no

echo "| request | status | |"
echo "|---|---|---|"
printf '%s' "$ROWS"
echo
echo "$TOTAL hostile requests: $(for k in "${!STATUS[@]}"; do printf '%s × %s, ' "${STATUS[$k]}" "$k"; done | sed 's/, $//'). 5xx: $FIVE. Markup reflected: $REFLECTED. Server still running: $RUNNING, /health after: $ALIVE."
[ "$FIVE" -eq 0 ] && [ "$REFLECTED" -eq 0 ] && [ "$RUNNING" = yes ] && [ "$ALIVE" = 200 ]
