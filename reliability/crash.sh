#!/usr/bin/env bash
# Crash: the real player follows an NDJSON file that grows by --rate mentions/s; after --seconds it
# is killed with kill -9 (no shutdown hook runs). Checks that every mention the player had ingested
# (its /metrics counter just before the kill) is in the disk cache, then restarts it with the file
# gone, so that only the cache can fill the screens, and times start -> cache restored -> windows
# shown -> mentions on screen. Exit 1 when a mention was lost or the cached mentions were not on
# screen within 3 s of the windows showing.
#
#   reliability/crash.sh [--seconds 12] [--rate 20] [--rounds 3] [--display :99] [--out target/crash]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=12 rate=20 rounds=3 display=:99 out=target/crash port=${CRASH_PORT:-18766}
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift ;; --rate) rate=$2; shift ;; --rounds) rounds=$2; shift ;;
    --display) display=$2; shift ;; --out) out=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
jar=target/pulsewall.jar
[ -f "$jar" ] || mvn -B -q -o -DskipTests package
export PULSEWALL_TOKEN=crash-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")
auth="Authorization: Bearer $PULSEWALL_TOKEN"
.ci/virtual-screens.sh start "$display" 1 1920x1080 >/dev/null 2>&1
player="" writer=""
cleanup() {
  [ -n "$writer" ] && kill "$writer" 2>/dev/null || true
  [ -n "$player" ] && kill -9 "$player" 2>/dev/null || true
  .ci/virtual-screens.sh stop "$display" >/dev/null 2>&1 || true
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start_player() { # $1: log name
  DISPLAY=$display java -Dprism.order=sw -Xmx512m -Dpulsewall.log=console -jar "$jar" play --config "$out/config/wall.yaml" \
    >"$out/$1.out" 2>"$out/$1.err" &
  player=$!
}
wait_for() { # $1: pattern, $2: log, $3: timeout s; prints ms since $started or -1
  local deadline=$(( $(now_ms) + $3 * 1000 ))
  while (( $(now_ms) < deadline )); do
    grep -q "$1" "$out/$2.err" "$out/$2.out" 2>/dev/null && { echo $(( $(now_ms) - started )); return; }
    sleep 0.05
  done
  echo -1
}
fail=0
echo "| round | ingested before kill -9 | in cache after | lost | restored | cache restored (ms) | windows shown (ms) | lit on screen |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for ((round = 1; round <= rounds; round++)); do
  rm -rf "$out/config"; mkdir -p "$out/config"
  cp -r reliability/crash/playlists themes "$out/config/"
  sed "s/@PORT@/$port/" reliability/crash/wall.yaml >"$out/config/wall.yaml"
  feed=$out/config/feed.ndjson; : >"$feed"
  ( i=0; while :; do i=$((i + 1))
      printf '{"id":"crash-%d","time":"%s","text":"Mention %d before the crash","author":"@r%d"}\n' \
        "$i" "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$i" "$round" >>"$feed"
      sleep "$(awk -v r="$rate" 'BEGIN { print 1 / r }')"; done ) &
  writer=$!
  started=$(now_ms); start_player "run$round"
  [ "$(wait_for "wall shown on" "run$round" 60)" != -1 ] || { echo "round $round: the player did not start" >&2; exit 1; }
  sleep "$seconds"
  ingested=$(curl -s --max-time 5 -H "$auth" "http://127.0.0.1:$port/metrics" | awk '$1 == "pulsewall_mentions_ingested_total" { print $2 }')
  kill -9 "$player"; wait "$player" 2>/dev/null || true; player=""
  kill "$writer"; wait "$writer" 2>/dev/null || true; writer=""
  cached=0
  # the cache is its last full copy plus the journal of every batch accepted since (ADR 0008)
  cache_files=("$out/config/mentions-cache.ndjson" "$out/config/mentions-cache.ndjson.journal")
  for ((i = 1; i <= ingested; i++)); do
    grep -qs "\"crash-$i\"" "${cache_files[@]}" && cached=$((cached + 1))
  done
  lost=$((ingested - cached)); ((lost == 0)) || fail=1

  mv "$feed" "$feed.gone"   # the source has nothing now: whatever shows comes from the cache
  started=$(now_ms); start_player "restart$round"
  restored_ms=$(wait_for "restored [0-9]* mentions" "restart$round" 30)
  shown_ms=$(wait_for "wall shown on" "restart$round" 30)
  restored=$(grep -ho "restored [0-9]* mentions" "$out/restart$round.err" "$out/restart$round.out" | head -1 | awk '{ print $2 }')
  sleep 3
  .ci/virtual-screens.sh shot "$display" "$out/restart$round.png"
  lit=$(convert "$out/restart$round.png" -fill white +opaque black -format "%[fx:mean]" info:)
  colours=$(convert "$out/restart$round.png" -format %k info:)
  kill -9 "$player"; wait "$player" 2>/dev/null || true; player=""
  # on screen within 3 s of the windows: restored before they showed, and the wall (not black) 3 s after
  if ((restored_ms < 0 || shown_ms < 0 || restored_ms > shown_ms + 3000 || colours < 200)) \
     || awk "BEGIN{exit !($lit < 0.5)}"; then fail=1; fi
  echo "| $round | $ingested | $cached | $lost | ${restored:-0} | $restored_ms | $shown_ms | $colours colours, lit $lit |"
done
((fail == 0)) && echo "crash: passed" || echo "crash: FAILED"
exit $fail
