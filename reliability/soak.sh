#!/usr/bin/env bash
# Soak: the real player on virtual monitors with a synthetic demo stream, sampled every --sample s
# (heap after a full GC, threads, open files, frames/s, ingest/s). Prints the least-squares slope
# of each after warm-up and exits 1 when one grows (heap > 2 %/h or > 256 MB, threads or open
# files rising by more than 3 per hour and by 2 or more over the run, frame rate falling by
# > 10 %/h). A run shorter than 15 minutes after warm-up gets no verdict (exit 2).
#
#   reliability/soak.sh --minutes 60 --rate 1000 [--warmup 10] [--display :99] [--monitors 2]
#                       [--sample 60] [--out target/soak] [--no-screens]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=60 rate=1000 warmup=10 display=${DISPLAY_FOR_SOAK:-:99} monitors=2 sample=60 out=target/soak screens=1
port=${SOAK_PORT:-18765}
while (($#)); do
  case $1 in
    --minutes) minutes=$2; shift ;; --rate) rate=$2; shift ;; --warmup) warmup=$2; shift ;;
    --display) display=$2; shift ;; --monitors) monitors=$2; shift ;; --sample) sample=$2; shift ;;
    --out) out=$2; shift ;; --no-screens) screens=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
jar=target/pulsewall.jar
[ -f "$jar" ] || mvn -B -q -o -DskipTests package

rm -rf "$out"; mkdir -p "$out/config"
cp -r reliability/soak/playlists themes media "$out/config/"
sed -e "s/@RATE@/$rate/g" -e "s/@PORT@/$port/g" reliability/soak/wall.yaml >"$out/config/wall.yaml"
sed -i "s/@PORT@/$port/g" "$out"/config/playlists/*.yaml
export PULSEWALL_TOKEN=soak-$RANDOM$RANDOM
auth="Authorization: Bearer $PULSEWALL_TOKEN"

if ((screens)); then
  .ci/virtual-screens.sh start "$display" "$monitors" 1920x1080 >/dev/null
fi
player=""
cleanup() {
  [ -n "$player" ] && kill "$player" 2>/dev/null && wait "$player" 2>/dev/null || true
  ((screens)) && .ci/virtual-screens.sh stop "$display" >/dev/null 2>&1 || true
}
trap cleanup EXIT

DISPLAY=$display java -Dprism.order=sw -Xmx512m -Dpulsewall.log=console -Dpulsewall.cache="$out/cache" -jar "$jar" \
  play --config "$out/config/wall.yaml" --exit-after "$((minutes + 2))m" >"$out/player.out" 2>"$out/player.err" &
player=$!
echo "soak: player pid $player, $rate mentions/s, $minutes min on $monitors monitor(s) of $display; samples in $out/samples.csv"

metric() { awk -v n="$1" '$1 == n { print $2 }' <<<"$2"; }
echo "minute,heap_mb,threads,open_files,pulses_per_s,ingest_per_s" >"$out/samples.csv"
start=$(date +%s); last_ingested=0; last_t=$start
for ((m = 1; m <= minutes; m++)); do
  sleep $((start + m * sample - $(date +%s))) 2>/dev/null || true
  if ! kill -0 "$player" 2>/dev/null; then
    wait "$player" 2>/dev/null && code=0 || code=$?
    echo "FAIL: the player exited early with code $code (3: the watchdog saw no frame; see $out/player.err)"
    awk -v warmup="$warmup" -v heapPct=2 -v heapMax=256 -v countPerHour=3 -v pulsesPct=10 \
      -f reliability/slopes.awk "$out/samples.csv" || true
    player=""; exit 1
  fi
  jcmd "$player" GC.run >/dev/null 2>&1 || true   # heap after a full collection, not garbage
  # where the FX thread is at each sample: a freeze shows as the same frames again and again
  { echo "== minute $m"; jcmd "$player" Thread.print 2>/dev/null \
      | awk '/^"JavaFX Application Thread"/ { on = 1 } on && /^$/ { exit } on' | head -25; } >>"$out/fx-stacks.txt"
  metrics=$(curl -s --max-time 10 -H "$auth" "http://127.0.0.1:$port/metrics" || true)
  [ -n "$metrics" ] || { echo "minute $m: no metrics"; continue; }
  now=$(date +%s); ingested=$(metric pulsewall_mentions_ingested_total "$metrics")
  ingest_rate=$(awk -v a="$ingested" -v b="$last_ingested" -v t=$((now - last_t)) 'BEGIN { printf "%.0f", (a - b) / t }')
  last_ingested=$ingested; last_t=$now
  heap=$(metric pulsewall_heap_after_gc_bytes "$metrics"); heap=${heap:-$(metric pulsewall_heap_used_bytes "$metrics")}
  line=$(awk -v h="$heap" 'BEGIN { printf "%.1f", h / 1048576 }')
  line="$(awk -v s=$((now - start)) 'BEGIN { printf "%.1f", s / 60 }'),$line,$(metric pulsewall_threads "$metrics"),$(metric pulsewall_open_files "$metrics"),$(metric pulsewall_frame_pulses_per_second "$metrics"),$ingest_rate"
  echo "$line" >>"$out/samples.csv"
  echo "  $line"
done

scenes=$(grep -o '"scene":"[^"]*"' "$out/config/proof-of-play.ndjson" 2>/dev/null | sort -u | tr '\n' ' ' || true)
echo "scenes shown: $scenes"
grep -c ERROR "$out/player.err" | xargs echo "error lines in the player's log:" || true
awk -v warmup="$warmup" -v heapPct=2 -v heapMax=256 -v countPerHour=3 -v pulsesPct=10 \
  -f reliability/slopes.awk "$out/samples.csv"
