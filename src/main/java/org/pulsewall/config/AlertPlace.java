package org.pulsewall.config;

import java.util.List;
import java.util.Set;

/**
 * Where some screens stand, for CAP alerts with an {@code <area>} (wall.yaml
 * {@code alerts.places}): a point and/or area codes (a municipality code such as GM0363, a
 * SAME or EMMA_ID code). A screen in no place takes every alert.
 *
 * @param screens the {@code monitor} values of the screens standing here
 * @param lat null when only codes are given
 */
public record AlertPlace(String name, List<String> screens, Double lat, Double lon, Set<String> geocodes) {
    public AlertPlace {
        screens = List.copyOf(screens);
        geocodes = Set.copyOf(geocodes);
    }
}
