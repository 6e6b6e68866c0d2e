package org.pulsewall.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Rotation;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.testing.MutableClock;

/**
 * A week of a screen in seconds on a fake clock in Europe/Amsterdam, once across the spring and once
 * across the autumn daylight-saving change: the rotation with weekday, office-hours, overnight,
 * date-range and 02:00-03:00 schedules, and a demo feed into a bounded store polled every 10 s.
 * Every slot must follow the previous one without a gap, play only what its schedule allows, idle
 * at most a minute, and the store must stay within its bounds. Writes a per-day table to
 * {@code target/reliability/week.md}.
 */
@Tag("reliability")
class AcceleratedWeekTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Duration POLL_EVERY = Duration.ofSeconds(10);
    static final int STORE_MAX = 20_000;
    static final Duration STORE_AGE = Duration.ofHours(1);
    private static final Window NIGHT_HOUR = new Window(LocalTime.of(2, 0), LocalTime.of(3, 0));
    private final StringBuilder report = new StringBuilder();

    private record Window(LocalTime from, LocalTime to) {
    }

    @Test
    void aWeekAcrossTheAutumnChangePlaysTheRepeatedHourTwiceAndNeverGaps() throws Exception {
        Week week = simulate(LocalDate.of(2026, 10, 22));
        assertThat(week.span()).isEqualTo(Duration.ofDays(7).plusHours(1)); // the autumn night is 25 h long
        assertThat(week.nightHourPlaysByOffset(LocalDate.of(2026, 10, 25))).containsOnlyKeys("+02:00", "+01:00");
        assertThat(week.perDay().values()).allSatisfy(d -> assertThat(d.overnight()).isPositive());
    }

    @Test
    void aWeekAcrossTheSpringChangeSkipsTheMissingHourAndNeverGaps() throws Exception {
        Week week = simulate(LocalDate.of(2026, 3, 26));
        assertThat(week.span()).isEqualTo(Duration.ofDays(7).minusHours(1)); // the spring night is 23 h long
        assertThat(week.nightHourPlaysByOffset(LocalDate.of(2026, 3, 29))).isEmpty();
        assertThat(week.nightHourPlaysByOffset(LocalDate.of(2026, 3, 28))).isNotEmpty();
    }

    /** Plays of each schedule per local day. */
    static final class Day {
        int slots;
        int officeHours;
        int overnight;
        int nightHour;
        int dateRange;
        long idleSeconds;

        int overnight() {
            return overnight;
        }
    }

    record Week(Duration span, Map<LocalDate, Day> perDay, Map<LocalDate, Map<String, Integer>> nightHour) {
        Map<String, Integer> nightHourPlaysByOffset(LocalDate day) {
            return nightHour.getOrDefault(day, Map.of());
        }
    }

    private Week simulate(LocalDate firstDay) throws IOException, InterruptedException {
        ZonedDateTime from = firstDay.atStartOfDay(AMSTERDAM);
        Instant end = firstDay.plusDays(7).atStartOfDay(AMSTERDAM).toInstant();
        MutableClock clock = new MutableClock(from.toInstant(), AMSTERDAM);
        Rotation rotation = new Rotation(playlist(firstDay), clock);
        MentionStore store = new MentionStore(STORE_MAX, STORE_AGE, clock);
        ScheduledExecutorService idlePool = Executors.newSingleThreadScheduledExecutor();
        Map<LocalDate, Day> days = new TreeMap<>();
        Map<LocalDate, Map<String, Integer>> nightHour = new TreeMap<>();
        long started = System.nanoTime();
        int largestStore = 0;
        long slots = 0;
        try (FeedHub hub = new FeedHub(List.of(new SourceFactory(new OkHttpClient(), clock).create(
                new SourceConfig("demo", "demo", POLL_EVERY, Map.of("rate", "2", "seed", "7"), "wall.yaml", 1),
                ConfigBase.directory(Path.of(".")))), UnaryOperator.identity(), store, null, idlePool, clock,
                new Random(7))) {
            Instant nextPoll = clock.instant();
            Instant previousEnd = clock.instant();
            while (clock.instant().isBefore(end)) {
                Rotation.Slot slot = rotation.advance();
                assertThat(slot.start()).as("no gap").isEqualTo(previousEnd);
                assertThat(slot.end()).as("moves on").isAfter(slot.start());
                ZonedDateTime local = slot.start().atZone(AMSTERDAM);
                Day day = days.computeIfAbsent(local.toLocalDate(), d -> new Day());
                day.slots++;
                slots++;
                if (slot.idle()) {
                    assertThat(Duration.between(slot.start(), slot.end())).isLessThanOrEqualTo(Duration.ofMinutes(1));
                    day.idleSeconds += Duration.between(slot.start(), slot.end()).toSeconds();
                } else {
                    assertThat(slot.item().schedule().isActive(local)).as(slot.item().scene() + " at " + local).isTrue();
                    count(slot.item().scene(), day, local, nightHour);
                }
                while (!nextPoll.isAfter(slot.end()) && nextPoll.isBefore(end)) {
                    clock.set(nextPoll);
                    hub.pollOnce();
                    List<Mention> held = store.newestFirst();
                    largestStore = Math.max(largestStore, held.size());
                    assertThat(held.size()).isLessThanOrEqualTo(STORE_MAX);
                    if (!held.isEmpty()) {
                        assertThat(held.get(held.size() - 1).time()).isAfterOrEqualTo(nextPoll.minus(STORE_AGE));
                    }
                    nextPoll = nextPoll.plus(POLL_EVERY);
                }
                clock.set(slot.end());
                previousEnd = slot.end();
            }
        } finally {
            idlePool.shutdownNow();
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        write(firstDay, days, slots, largestStore, tookMillis);
        return new Week(Duration.between(from.toInstant(), end), days, nightHour);
    }

    private static void count(String scene, Day day, ZonedDateTime local, Map<LocalDate, Map<String, Integer>> nightHour) {
        switch (scene) {
            case "image" -> day.officeHours++;
            case "message" -> day.overnight++;
            case "kpi-tiles" -> day.dateRange++;
            case "clock" -> {
                day.nightHour++;
                nightHour.computeIfAbsent(local.toLocalDate(), d -> new TreeMap<>())
                        .merge(local.getOffset().getId(), 1, Integer::sum);
            }
            default -> { }
        }
    }

    private static Playlist playlist(LocalDate firstDay) {
        Schedule office = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(18, 0), null, null);
        Schedule overnight = new Schedule(null, LocalTime.of(22, 0), LocalTime.of(6, 0), null, null);
        Schedule nightHour = new Schedule(null, NIGHT_HOUR.from(), NIGHT_HOUR.to(), null, null);
        Schedule twoDays = new Schedule(null, null, null, firstDay.plusDays(2), firstDay.plusDays(3));
        List<PlaylistItem> items = new ArrayList<>(List.of(
                item("mention-wall", 30, Schedule.ALWAYS, 1),
                item("image", 20, office, 2),
                item("message", 10, overnight, 3),
                item("clock", 10, nightHour, 4),
                item("kpi-tiles", 15, twoDays, 5)));
        return new Playlist("week", items, null, "week.yaml");
    }

    private static PlaylistItem item(String scene, int seconds, Schedule schedule, int line) {
        return new PlaylistItem(scene, Duration.ofSeconds(seconds), Map.of(), schedule, "week.yaml", line);
    }

    private void write(LocalDate firstDay, Map<LocalDate, Day> days, long slots, int largestStore, long tookMillis)
            throws IOException {
        report.append("Week from ").append(firstDay).append(" in ").append(AMSTERDAM).append(": ").append(slots)
                .append(" slots simulated in ").append(tookMillis).append(" ms; largest store ").append(largestStore)
                .append(" of ").append(STORE_MAX).append("\n\n")
                .append("| day | slots | office hours | overnight | 02:00-03:00 | date range | idle s |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        days.forEach((d, v) -> report.append(String.format(java.util.Locale.ROOT, "| %s %s | %d | %d | %d | %d | %d | %d |%n",
                d, d.getDayOfWeek().toString().substring(0, 3).toLowerCase(), v.slots, v.officeHours, v.overnight,
                v.nightHour, v.dateRange, v.idleSeconds)));
        Path out = Path.of("target", "reliability", "week-" + firstDay + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }
}
