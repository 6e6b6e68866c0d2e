#!/usr/bin/env bash
# Real monitors on a machine without a display, for the smoke run and for trying the wall.
# Xvfb gives JavaFX a single screen; Xorg with the dummy video driver exposes one RandR output
# per monitor, so javafx.stage.Screen sees each with its own bounds.
#
#   .ci/virtual-screens.sh start :94 2 1920x1080    monitors side by side
#   .ci/virtual-screens.sh shot :94 out.png          the whole desktop as PNG
#   .ci/virtual-screens.sh stop :94
set -euo pipefail
cmd=${1:-start}; display=${2:-:94}; number=${display#:}
state=${TMPDIR:-/tmp}/pulsewall-screens.$number
mkdir -p "$state"

install_missing() {
  local pkgs=()
  command -v Xorg >/dev/null || pkgs+=(xserver-xorg-core)
  [ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ] || pkgs+=(xserver-xorg-video-dummy)
  command -v xrandr >/dev/null || pkgs+=(x11-xserver-utils)
  command -v xdpyinfo >/dev/null || pkgs+=(x11-utils)
  command -v import >/dev/null || pkgs+=(imagemagick)
  ldconfig -p | grep -q libgtk-3.so.0 || pkgs+=(libgtk-3-0)
  # JavaFX media plays the demo playlists' MP4 clip with the system's libavcodec
  ldconfig -p | grep -q libavcodec.so.59 || pkgs+=(libavcodec59 libavformat59)
  fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || pkgs+=(fonts-wqy-microhei)
  if ((${#pkgs[@]})); then
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  fi
}

case $cmd in
start)
  count=${3:-2}; size=${4:-1920x1080}; width=${size%x*}; height=${size#*x}
  install_missing
  cat >"$state/xorg.conf" <<CONF
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 512000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0 - 1000.0
  VertRefresh 5.0 - 200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
  Modeline "1280x720" 74.25 1280 1390 1430 1650 720 725 730 750 +hsync +vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "${size}"
    Virtual $((width * count)) ${height}
  EndSubSection
EndSection
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
CONF
  if [ -f "/tmp/.X$number-lock" ] && ! kill -0 "$(tr -d ' ' <"/tmp/.X$number-lock")" 2>/dev/null; then
    rm -f "/tmp/.X$number-lock" "/tmp/.X11-unix/X$number"   # left behind by a killed server
  fi
  if DISPLAY=$display xdpyinfo >/dev/null 2>&1; then echo "display $display is already in use" >&2; exit 1; fi
  Xorg "$display" -noreset -nolisten tcp -config "$state/xorg.conf" -logfile "$state/Xorg.log" >"$state/out" 2>&1 &
  echo $! >"$state/pid"
  for _ in $(seq 1 100); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  outputs=()
  for ((i = 0; i < count; i++)); do
    ((i == 0)) || DISPLAY=$display xrandr --addmode "DUMMY$i" "$size"
    outputs+=(--output "DUMMY$i" --mode "$size" --pos "$((i * width))x0")
  done
  DISPLAY=$display xrandr "${outputs[@]}"
  DISPLAY=$display xrandr --listmonitors >&2
  ;;
shot) DISPLAY=$display import -window root "${3:?FILE.png}" ;;
stop) [ -f "$state/pid" ] && kill "$(cat "$state/pid")" 2>/dev/null || true; rm -f "$state/pid" ;;
*) echo "usage: $0 start|shot|stop [DISPLAY] ..." >&2; exit 2 ;;
esac
