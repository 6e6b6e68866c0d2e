#!/usr/bin/env bash
# Smoke run of the real player: two virtual 1920x1080 monitors, a screenshot, and a check that BOTH
# monitors show the wall (not the black desktop). When the app image exists
# (target/installer/pulsewall, built by installer/build.sh) it plays from the app image with the
# configuration a .deb installs (found through $PULSEWALL_HOME, state in a fresh $PULSEWALL_STATE),
# checks the ops endpoint and that stdout stays empty; otherwise the jar plays the same configuration
# (installer/config with the example playlists, themes and media). Then .ci/dark-screen.sh closes and
# unmaps a window the way another program would and checks the wall notices and puts it back.
set -euo pipefail
cd "$(dirname "$0")/.."
display=${SMOKE_DISPLAY:-:94}
out=target/smoke
rm -rf "$out" && mkdir -p "$out"
app=target/installer/pulsewall/bin/pulsewall
jar=target/pulsewall.jar
export PULSEWALL_STATE=$PWD/$out/state
log=$PULSEWALL_STATE/logs/pulsewall.log
token=smoke-$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")   # 128 bits: shorter tokens are refused
port=$((18000 + RANDOM % 2000))

.ci/virtual-screens.sh start "$display" 2 1920x1080
trap '.ci/virtual-screens.sh stop "$display"' EXIT

home=$out/home
if [ -x "$app" ]; then
  mode="app image"
  cp -r target/installer/pulsewall/lib/config "$home"
else
  mode="jar"
  [ -f "$jar" ] || mvn -B -q -DskipTests package
  mkdir -p "$home" && cp installer/config/wall.yaml "$home/" && cp -r playlists themes media "$home/"
fi
sed -i "s|^ops:.*|ops: { listen: \"127.0.0.1:$port\", token: \"\${env:PULSEWALL_TOKEN}\" }|" "$home/wall.yaml"
start=$(date +%s%N)
if [ "$mode" = "app image" ]; then
  DISPLAY=$display PULSEWALL_HOME=$PWD/$home PULSEWALL_TOKEN=$token \
    JAVA_TOOL_OPTIONS="-Dprism.order=sw -Dpulsewall.pulses=true -Xmx512m" \
    "$app" play --exit-after 75s >"$out/player.out" 2>"$out/player.err" &
else
  DISPLAY=$display PULSEWALL_TOKEN=$token java -Dprism.order=sw -Dpulsewall.pulses=true -Xmx512m -jar "$jar" \
    play --config "$home" --exit-after 75s >"$out/player.out" 2>"$out/player.err" &
fi
player=$!

# wait for both windows, then let the feed fill the wall
for _ in $(seq 1 120); do
  grep -qh "wall shown on 2 monitor" "$log" 2>/dev/null && break
  kill -0 $player 2>/dev/null || break
  sleep 0.25
done
first_frame_ms=$(( ($(date +%s%N) - start) / 1000000 ))
jvm_ms=$(grep -ho "wall shown on 2 monitor(s) [0-9]* ms" "$log" 2>/dev/null | grep -o "[0-9]* ms" || echo "? ms")
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

auth="Authorization: Bearer $token"
if curl -sf -H "$auth" "http://127.0.0.1:$port/health" >"$out/health.json"; then
  echo "health: $(head -c 200 "$out/health.json")"
else
  echo "the ops endpoint did not answer /health" >&2; fail=1
fi
for n in 0 1; do
  curl -sf -H "$auth" -o "$out/ops-monitor$n.png" "http://127.0.0.1:$port/screenshot?monitor=$n" \
    && [ "$(head -c 4 "$out/ops-monitor$n.png" | tail -c 3)" = "PNG" ] \
    || { echo "/screenshot?monitor=$n is not a PNG" >&2; fail=1; }
done

.ci/dark-screen.sh "$display" "$port" "$token" || fail=1

wait $player || { echo "player exited with $?" >&2; fail=1; }
grep -h "pulses/s" "$log" "$out/player.err" 2>/dev/null | tail -n 5 || true
if [ -s "$out/player.out" ]; then
  echo "the player wrote to stdout during normal play:" >&2; head -n 5 "$out/player.out" >&2; fail=1
fi
echo "player: $mode; stderr lines: $(grep -vc "Picked up JAVA_TOOL_OPTIONS" "$out/player.err" || true)"
echo "start to both windows shown: ${first_frame_ms} ms (the player: $jvm_ms after its JVM started)"
if grep -hE "ERROR|Exception" "$out/player.err" "$log" 2>/dev/null | grep -v "^\s*at " | head -n 20 | grep .; then
  echo "the player logged errors (above)" >&2; fail=1
fi
exit $fail
