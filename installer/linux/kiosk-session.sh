#!/bin/sh
# Keeps the screens on and quiet while the wall plays: no screen saver, no DPMS blanking, no
# notification bubbles, no update pop-ups. Run before the player (ExecStartPre of the user unit);
# each step that does not apply to this desktop is skipped.
if command -v xset >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  xset s off -dpms s noblank 2>/dev/null || true
fi
if command -v gsettings >/dev/null 2>&1; then
  gsettings set org.gnome.desktop.session idle-delay 0 2>/dev/null || true
  gsettings set org.gnome.desktop.screensaver lock-enabled false 2>/dev/null || true
  gsettings set org.gnome.desktop.screensaver idle-activation-enabled false 2>/dev/null || true
  gsettings set org.gnome.settings-daemon.plugins.power sleep-inactive-ac-type 'nothing' 2>/dev/null || true
  gsettings set org.gnome.settings-daemon.plugins.power idle-dim false 2>/dev/null || true
  gsettings set org.gnome.desktop.notifications show-banners false 2>/dev/null || true
  gsettings set org.gnome.software download-updates false 2>/dev/null || true
  gsettings set org.gnome.software allow-updates false 2>/dev/null || true
fi
exit 0
