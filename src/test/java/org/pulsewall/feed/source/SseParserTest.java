package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class SseParserTest {
    private final List<SseParser.Event> events = new ArrayList<>();
    private final List<Duration> retries = new ArrayList<>();
    private final SseParser.Handler handler = new SseParser.Handler() {
        @Override
        public void event(SseParser.Event event) {
            events.add(event);
        }

        @Override
        public void retry(Duration delay) {
            retries.add(delay);
        }
    };

    private SseParser parser(String stream, long max) {
        return new SseParser(new Buffer().writeUtf8(stream), max, null);
    }

    @Test
    void dispatchesEventsOnBlankLinesJoiningDataLines() throws IOException {
        SseParser p = parser(": heartbeat\n\nid: 7\nevent: update\ndata: {\"a\":\ndata:1}\n\ndata: plain\r\n\r\nretry: 2500\n\n", 1000);
        p.readAll(handler);
        assertThat(events).containsExactly(new SseParser.Event("7", "update", "{\"a\":\n1}"),
                new SseParser.Event("7", "message", "plain"));
        assertThat(retries).containsExactly(Duration.ofMillis(2500));
        assertThat(p.lastEventId()).isEqualTo("7");
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsDropped() throws IOException {
        parser("data: one\n\ndata: half", 1000).readAll(handler);
        assertThat(events).extracting(SseParser.Event::data).containsExactly("one");
    }

    @Test
    void overlongLinesAndEventsFailTheStream() {
        assertThatThrownBy(() -> parser("data: " + "x".repeat(200) + "\n\n", 100).readAll(handler))
                .isInstanceOf(IOException.class).hasMessageContaining("longer than 100");
        assertThatThrownBy(() -> parser("data: " + "x".repeat(60) + "\ndata: " + "y".repeat(60) + "\n\n", 100).readAll(handler))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 100");
    }
}
