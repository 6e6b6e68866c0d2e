#!/usr/bin/env bash
# Smoke run of the real player: two virtual 1920x1080 monitors, the bundled demo wall, a
# screenshot, and a check that BOTH monitors show the wall (not the black desktop).
set -euo pipefail
cd "$(dirname "$0")/.."
display=${SMOKE_DISPLAY:-:94}
out=target/smoke
mkdir -p "$out"
jar=target/pulsewall.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package

.ci/virtual-screens.sh start "$display" 2 1920x1080
trap '.ci/virtual-screens.sh stop "$display"' EXIT

start=$(date +%s%N)
DISPLAY=$display java -Dprism.order=sw -Dpulsewall.pulses=true -Xmx512m -jar "$jar" \
  play --exit-after 45s >"$out/player.out" 2>"$out/player.err" &
player=$!

# wait for both windows, then let the feed fill the wall
for _ in $(seq 1 60); do
  grep -q "wall shown on 2 monitor" "$out/player.out" "$out/player.err" 2>/dev/null && break
  kill -0 $player 2>/dev/null || break
  sleep 0.5
done
first_frame_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 12
.ci/virtual-screens.sh shot "$display" "$out/screens.png"

fail=0
for i in 0 1; do
  convert "$out/screens.png" -crop "1920x1080+$((i * 1920))+0" +repage "$out/monitor$((i + 1)).png"
  colours=$(convert "$out/monitor$((i + 1)).png" -format %k info:)
  lit=$(convert "$out/monitor$((i + 1)).png" -fill white +opaque black -format "%[fx:mean]" info:)
  echo "monitor $((i + 1)): $colours colours, lit fraction $lit"
  if [ "$colours" -lt 200 ] || awk "BEGIN{exit !($lit < 0.5)}"; then
    echo "monitor $((i + 1)) does not show the wall" >&2; fail=1
  fi
done

wait $player || { echo "player exited with $?" >&2; fail=1; }
grep -h "pulses/s" "$out/player.out" "$out/player.err" | tail -n 5 || true
echo "start to both windows shown: ${first_frame_ms} ms"
if grep -hE "ERROR|Exception" "$out/player.err" "$out/player.out" | grep -v "^\s*at " | head -n 20 | grep .; then
  echo "the player logged errors (above)" >&2; fail=1
fi
exit $fail
