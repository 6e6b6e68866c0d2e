package org.pulsewall.ops;

/** Where an emergency message goes: the wall shows it full screen on its monitors. Any thread. */
@FunctionalInterface
public interface MessageSink {
    void show(EmergencyMessage message);
}
