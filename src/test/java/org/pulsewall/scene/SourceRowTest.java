package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRowTest {

    @Test
    void marksStaleSourcesWithHowLongTheyHaveBeenStale() {
        var snapshot = SampleFeed.snapshot();
        KpiFigures figures = KpiFigures.from(snapshot.mentions(), m -> true, SampleFeed.NOW);
        List<SourceRow> rows = SourceRow.rows(snapshot.sources(), figures, SampleFeed.NOW, 8);
        assertThat(rows).extracting(SourceRow::name).containsExactly("listening", "masto", "sky");
        assertThat(rows.get(2).stale()).isTrue();
        assertThat(rows.get(2).detail()).isEqualTo("stale 7 min");
        assertThat(rows.get(0).stale()).isFalse();
        assertThat(rows.get(0).count()).isEqualTo(1824);
    }

    @Test
    void withoutStatusesListsTheMentionsOwnSources() {
        KpiFigures figures = KpiFigures.from(SampleFeed.mentions(), m -> true, SampleFeed.NOW);
        List<SourceRow> rows = SourceRow.rows(List.of(), figures, SampleFeed.NOW, 2);
        assertThat(rows).extracting(SourceRow::name).containsExactly("twitter", "bluesky");
        assertThat(rows.get(0).count()).isEqualTo(5);
    }
}
