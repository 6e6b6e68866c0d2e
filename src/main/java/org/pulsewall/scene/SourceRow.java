package org.pulsewall.scene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pulsewall.feed.SourceStatus;

/**
 * One line of the sources tile: a source, how many mentions it brought, and whether it is stale
 * (then {@code detail} says for how long). Without source statuses the rows come from the
 * mentions' own source names over the KPI window.
 */
public record SourceRow(String name, long count, boolean stale, String detail) {

    public static List<SourceRow> rows(List<SourceStatus> statuses, KpiFigures figures, Instant now, int max) {
        List<SourceRow> rows = new ArrayList<>();
        if (statuses.isEmpty()) {
            for (Map.Entry<String, Integer> e : figures.perSource().entrySet()) {
                if (rows.size() >= max) {
                    break;
                }
                rows.add(new SourceRow(PlainText.clean(e.getKey(), PlainText.AUTHOR_MAX), e.getValue(), false, ""));
            }
            return rows;
        }
        for (SourceStatus s : statuses) {
            if (rows.size() >= max) {
                break;
            }
            String detail = s.stale() ? "stale " + AgeFormat.between(s.staleSince(), now) : "";
            rows.add(new SourceRow(PlainText.clean(s.id(), PlainText.AUTHOR_MAX), s.mentionsReceived(), s.stale(), detail));
        }
        return rows;
    }
}
