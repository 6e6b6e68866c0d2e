#!/usr/bin/env bash
# Soak: the real player on virtual monitors with a synthetic demo stream. Each --sample s (60) it
# forces --reads (4) full collections spread over the period and reads the heap each leaves behind
# (the live data), then threads, open files, frames/s and ingest/s. Prints the least-squares slope
# of each figure after warm-up and of the heap's floor (the lowest read in each --floor-window
# minutes), and exits 1 when one grows: the heap floor by more than 2 %/h or any read over 256 MB,
# threads or open files by more than 3 per hour and by 2 or more over the run, the frame rate
# falling by more than 10 %/h. A run shorter than 15 minutes after warm-up gets no verdict (exit 2).
#
#   reliability/soak.sh --minutes 75 --rate 1000 [--warmup 15] [--display :99] [--monitors 2]
#                       [--sample 60] [--reads 4] [--floor-window 10] [--out target/soak]
#                       [--jar target/pulsewall.jar] [--no-screens]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=60 rate=1000 warmup=10 display=${DISPLAY_FOR_SOAK:-:99} monitors=2 sample=60 out=target/soak screens=1
reads=4 floor_window=10 jar=target/pulsewall.jar
port=${SOAK_PORT:-18765}
while (($#)); do
  case $1 in
    --minutes) minutes=$2; shift ;; --rate) rate=$2; shift ;; --warmup) warmup=$2; shift ;;
    --display) display=$2; shift ;; --monitors) monitors=$2; shift ;; --sample) sample=$2; shift ;;
    --out) out=$2; shift ;; --no-screens) screens=0 ;; --jar) jar=$2; shift ;;
    --reads) reads=$2; shift ;; --floor-window) floor_window=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -f "$jar" ]; then
  [ "$jar" = target/pulsewall.jar ] || { echo "no player jar at $jar" >&2; exit 2; }
  mvn -B -q -o -DskipTests package
fi

rm -rf "$out"; mkdir -p "$out/config"
cp -r reliability/soak/playlists themes media "$out/config/"
sed -e "s/@RATE@/$rate/g" -e "s/@PORT@/$port/g" reliability/soak/wall.yaml >"$out/config/wall.yaml"
sed -i "s/@PORT@/$port/g" "$out"/config/playlists/*.yaml
export PULSEWALL_TOKEN=soak-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")
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

DISPLAY=$display java -Xlog:gc:file="$out/gc.log" -Dprism.order=sw -Xmx512m ${SOAK_JVM_OPTS:-} -Dpulsewall.log=console -Dpulsewall.cache="$out/cache" -jar "$jar" \
  play --config "$out/config/wall.yaml" --exit-after "$((minutes + 2))m" >"$out/player.out" 2>"$out/player.err" &
player=$!
echo "soak: player pid $player, $rate mentions/s, $minutes min on $monitors monitor(s) of $display; samples in $out/samples.csv"

metric() { awk -v n="$1" '$1 == n { print $2 }' <<<"$2"; }
fetch() { curl -s --max-time 10 -H "$auth" "http://127.0.0.1:$port/metrics" || true; }
verdict() {
  awk -v warmup="$warmup" -v floorWindow="$floor_window" -v heapPct=2 -v heapMax=256 -v countPerHour=3 \
    -v pulsesPct=10 -f reliability/slopes.awk "$out/samples.csv"
}
# The heap after a forced full collection, in MB: the live data, from the collection's own report.
# The JVM skips a requested collection while the renderer holds the heap in a native critical
# section, so the read waits for the count of full collections to move and asks again if it does not.
heap_read() {
  local text before after attempt wait
  before=$(metric pulsewall_full_collections_total "$(fetch)")
  for attempt in 1 2 3; do
    jcmd "$player" GC.run >/dev/null 2>&1 || true
    for wait in 1 2 3 4 5; do
      sleep 0.2   # the collection's notification reaches the metrics on another thread
      text=$(fetch); after=$(metric pulsewall_full_collections_total "$text")
      if [ -n "$after" ] && [ "$after" != "$before" ]; then
        awk -v h="$(metric pulsewall_heap_after_full_gc_bytes "$text")" 'BEGIN { printf "%.1f", h / 1048576 }'
        return 0
      fi
    done
  done
  echo "no full collection after three requests; read skipped" >&2
  return 1
}
echo "minute,heap_mb,threads,open_files,pulses_per_s,ingest_per_s,heap_max_mb" >"$out/samples.csv"
echo "seconds,heap_mb" >"$out/heap-reads.csv"
start=$(date +%s); last_ingested=0; last_t=$start
for ((m = 1; m <= minutes; m++)); do
  low="" high=""
  for ((r = 1; r <= reads; r++)); do
    sleep $((start + (m - 1) * sample + r * sample / reads - $(date +%s))) 2>/dev/null || true
    if ! kill -0 "$player" 2>/dev/null; then
      wait "$player" 2>/dev/null && code=0 || code=$?
      echo "FAIL: the player exited early with code $code (3: the watchdog saw no frame; see $out/player.err)"
      verdict || true
      player=""; exit 1
    fi
    h=$(heap_read || true)
    [ -n "$h" ] || continue
    echo "$(($(date +%s) - start)),$h" >>"$out/heap-reads.csv"
    low=$(awk -v a="$low" -v b="$h" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
    high=$(awk -v a="$high" -v b="$h" 'BEGIN { print (a == "" || b + 0 > a + 0) ? b : a }')
  done
  # where the FX thread is at each sample: a freeze shows as the same frames again and again
  { echo "== minute $m"; jcmd "$player" Thread.print 2>/dev/null \
      | awk '/^"JavaFX Application Thread"/ { on = 1 } on && /^$/ { exit } on' | head -25; } >>"$out/fx-stacks.txt" || true
  metrics=$(fetch)
  [ -n "$metrics" ] && [ -n "$low" ] || { echo "minute $m: no metrics"; continue; }
  now=$(date +%s); ingested=$(metric pulsewall_mentions_ingested_total "$metrics")
  ingest_rate=$(awk -v a="$ingested" -v b="$last_ingested" -v t=$((now - last_t)) 'BEGIN { printf "%.0f", (a - b) / t }')
  last_ingested=$ingested; last_t=$now
  line="$(awk -v s=$((now - start)) 'BEGIN { printf "%.1f", s / 60 }'),$low,$(metric pulsewall_threads "$metrics"),$(metric pulsewall_open_files "$metrics"),$(metric pulsewall_frame_pulses_per_second "$metrics"),$ingest_rate,$high"
  echo "$line" >>"$out/samples.csv"
  echo "  $line"
done

scenes=$(grep -o '"scene":"[^"]*"' "$out/config/proof-of-play.ndjson" 2>/dev/null | sort -u | tr '\n' ' ' || true)
echo "scenes shown: $scenes"
grep -c ERROR "$out/player.err" | xargs echo "error lines in the player's log:" || true
verdict
