#!/usr/bin/env bash
# The wall notices a dark screen: closes monitor 1's window the way another program would
# (xdotool windowclose) and unmaps monitor 2's, then checks that /health says healthy: false within
# 10 s and that both windows are back on screen within 20 s (docs/operations.md, "Dark screens").
#   .ci/dark-screen.sh DISPLAY PORT TOKEN
set -euo pipefail
display=$1; port=$2; token=$3
command -v xdotool >/dev/null || { apt-get update -qq >/dev/null 2>&1 || true;
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xdotool >/dev/null; }
health() { curl -s -m 2 -H "Authorization: Bearer $token" "http://127.0.0.1:$port/health"; }
window() { { DISPLAY=$display xdotool search --onlyvisible --name "^Pulsewall $1\$" 2>/dev/null || true; } | head -n 1; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

fail=0
for case in "1 windowclose" "2 windowunmap"; do
  set -- $case
  for _ in $(seq 1 80); do health | grep -q '"healthy":true' && break; sleep 0.25; done   # the wall settled
  before=$(window "$1")
  [ -n "$before" ] || { echo "no window of monitor $1 to close" >&2; exit 1; }
  start=$(date +%s%N); dark=""; back=""
  DISPLAY=$display xdotool "$2" "$before"
  while [ "$(ms "$start")" -lt 25000 ] && { [ -z "$dark" ] || [ -z "$back" ]; }; do
    [ -n "$dark" ] || ! health | grep -q '"healthy":false' || dark=$(ms "$start")
    now=$(window "$1")
    [ -n "$back" ] || [ -z "$now" ] || [ "$now" = "$before" ] || back=$(ms "$start")
    sleep 0.25
  done
  echo "dark screen ($2 on monitor $1): /health false after ${dark:-never} ms, window back after ${back:-never} ms"
  [ -n "$dark" ] && [ "$dark" -le 10000 ] || { echo "/health did not turn false within 10 s" >&2; fail=1; }
  [ -n "$back" ] && [ "$back" -le 20000 ] || { echo "the window did not come back within 20 s" >&2; fail=1; }
  health | grep -o '"monitors":.*' | head -c 400; echo
done
exit $fail
