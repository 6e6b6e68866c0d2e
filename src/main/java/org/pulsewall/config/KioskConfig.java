package org.pulsewall.config;

/** Kiosk behaviour: when enabled, only {@code exitKeys} closes the player; Esc and Alt+F4 do not. */
public record KioskConfig(boolean enabled, String exitKeys, boolean hideCursor) {
    public static final KioskConfig DEFAULT = new KioskConfig(true, "Ctrl+Alt+Shift+Q", true);
}
