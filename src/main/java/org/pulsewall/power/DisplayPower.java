package org.pulsewall.power;

/** Switches the monitors of this PC off and on; the real one talks to X (DPMS) and HDMI-CEC, tests use a fake. */
public interface DisplayPower {
    void switchOff();

    void switchOn();
}
