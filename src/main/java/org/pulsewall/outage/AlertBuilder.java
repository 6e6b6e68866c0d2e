package org.pulsewall.outage;

import java.time.Instant;
import java.util.List;

/** Builds the alert records the detector raises: one set of figures for every screen that shows it. */
final class AlertBuilder {
    private static final int MAX_NAMED = 3;

    private final int maxIds;

    AlertBuilder(int maxIds) {
        this.maxIds = maxIds;
    }

    /**
     * A regional alert over one region or a cluster (busiest first): named by its members, counting
     * the distinct complainers of the window and the level normal for them in that window.
     */
    Alert regional(List<Area> members, List<Vote> votes, double expected, long window, long now) {
        Area owner = members.get(0);
        StringBuilder name = new StringBuilder(owner.name);
        for (int i = 1; i < Math.min(members.size(), MAX_NAMED); i++) {
            name.append(", ").append(members.get(i).name);
        }
        if (members.size() > MAX_NAMED) {
            name.append(" +").append(members.size() - MAX_NAMED);
        }
        return build(owner.code, name.toString(), votes, expected, window, now, false);
    }

    Alert national(Area country, List<Vote> votes, double expected, long window, long now) {
        return build(country.code, country.name, votes, expected, window, now, true);
    }

    private Alert build(String code, String name, List<Vote> votes, double expected, long window, long now,
                        boolean national) {
        List<String> ids = votes.subList(Math.max(0, votes.size() - maxIds), votes.size()).stream()
                .map(v -> v.mentionId).toList();
        return new Alert(code, name, Instant.ofEpochMilli(votes.get(0).time), Instant.ofEpochMilli(now), votes.size(),
                expected, ids, national, false);
    }
}
