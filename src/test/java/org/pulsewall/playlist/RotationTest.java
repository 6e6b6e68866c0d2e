package org.pulsewall.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.playlist.Rotation.Slot;
import org.pulsewall.testing.MutableClock;

class RotationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Monday. */
    private static final ZonedDateTime MONDAY_NOON = ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, AMSTERDAM);

    private final MutableClock clock = new MutableClock(MONDAY_NOON.toInstant(), AMSTERDAM);

    @Test
    void rotatesToNextItemWhenDurationElapses() {
        Rotation rotation = new Rotation(playlist("lobby", item("a", 30), item("b", 20)), clock);

        Slot first = rotation.advance();
        assertThat(first.item().scene()).isEqualTo("a");
        assertThat(first.end()).isEqualTo(MONDAY_NOON.toInstant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(30));
        Slot second = rotation.advance();
        assertThat(second.item().scene()).isEqualTo("b");
        assertThat(second.start()).isEqualTo(first.end());
        assertThat(second.end()).isEqualTo(first.end().plusSeconds(20));
    }

    @Test
    void wrapsAroundAfterTheLastItem() {
        Rotation rotation = new Rotation(playlist("lobby", item("a", 5), item("b", 5), item("c", 5)), clock);

        assertThat(scenesOf(rotation, 7)).containsExactly("a", "b", "c", "a", "b", "c", "a");
    }

    @Test
    void skipsItemOutsideItsSchedule() {
        Schedule mornings = new Schedule(null, LocalTime.of(8, 0), LocalTime.of(11, 0), null, null);
        Rotation rotation = new Rotation(
                playlist("lobby", item("a", 5), item("morning", 5, mornings), item("c", 5)), clock);

        assertThat(scenesOf(rotation, 4)).containsExactly("a", "c", "a", "c");
    }

    @Test
    void skipsItemOnDaysItIsNotScheduled() {
        Schedule weekends = new Schedule(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, null, null, null);
        Rotation rotation = new Rotation(playlist("lobby", item("weekend", 5, weekends), item("b", 5)), clock);

        assertThat(scenesOf(rotation, 3)).containsExactly("b", "b", "b");
    }

    @Test
    void scheduledItemJoinsOnceItsWindowOpens() {
        Schedule fromQuarterPast = new Schedule(null, LocalTime.of(12, 0, 10), null, null, null);
        Rotation rotation = new Rotation(playlist("lobby", item("a", 5), item("late", 5, fromQuarterPast)), clock);

        assertThat(scenesOf(rotation, 4)).containsExactly("a", "a", "late", "a");
    }

    @Test
    void playsWindowThatCrossesMidnightInTheSmallHoursOfTheNextDay() {
        Schedule mondayNights = new Schedule(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.of(6, 0),
                null, null);
        Schedule days = new Schedule(null, LocalTime.of(6, 0), LocalTime.of(22, 0), null, null);
        Rotation rotation = new Rotation(playlist("noc", item("night", 60, mondayNights), item("day", 60, days)), clock);

        assertThat(sceneAt(rotation, MONDAY_NOON.withHour(23))).isEqualTo("night");
        assertThat(sceneAt(rotation, MONDAY_NOON.plusDays(1).withHour(3))).isEqualTo("night"); // Monday's window
        assertThat(sceneAt(rotation, MONDAY_NOON.plusDays(1).withHour(6))).isEqualTo("day");
        assertThat(rotation.peek(MONDAY_NOON.plusDays(1).withHour(23).toInstant()).idle()).isTrue();
    }

    private String sceneAt(Rotation rotation, ZonedDateTime at) {
        clock.set(at.toInstant());
        return rotation.advance().item().scene();
    }

    @Test
    void reportsIdleUntilTheFirstScheduleOpensWhenNothingIsScheduled() {
        Schedule evenings = new Schedule(null, LocalTime.of(18, 0), LocalTime.of(20, 0), null, null);
        clock.set(MONDAY_NOON.plusSeconds(25).toInstant());
        Rotation rotation = new Rotation(playlist("lobby", item("evening", 5, evenings)), clock);

        Slot slot = rotation.advance();

        assertThat(slot.idle()).isTrue();
        assertThat(slot.item()).isNull();
        assertThat(slot.end()).isEqualTo(MONDAY_NOON.plusSeconds(25).toInstant().plus(Rotation.LONGEST_IDLE));
    }

    @Test
    void idleSlotEndsWhenTheFirstScheduleOpens() {
        Schedule halfPast = new Schedule(null, LocalTime.of(12, 30), LocalTime.of(13, 0), null, null);
        clock.set(MONDAY_NOON.plusSeconds(25).toInstant());
        Rotation rotation = new Rotation(playlist("lobby", item("lunch", 5, halfPast)), clock);

        assertThat(rotation.advance().end()).isEqualTo(MONDAY_NOON.withMinute(30).toInstant());
    }

    @Test
    void leavesIdleWhenAnItemBecomesActive() {
        Schedule fromOne = new Schedule(null, LocalTime.of(12, 1), null, null, null);
        Rotation rotation = new Rotation(playlist("lobby", item("later", 5, fromOne)), clock);
        Slot idle = rotation.advance();
        assertThat(idle.idle()).isTrue();

        clock.set(idle.end());

        assertThat(rotation.advance().item().scene()).isEqualTo("later");
    }

    @Test
    void emptyPlaylistIsIdle() {
        Rotation rotation = new Rotation(playlist("empty"), clock);

        assertThat(rotation.advance().idle()).isTrue();
    }

    @Test
    void replacedPlaylistTakesOverAtTheNextBoundary() {
        Rotation rotation = new Rotation(playlist("lobby", item("a", 5), item("b", 5)), clock);
        assertThat(rotation.advance().item().scene()).isEqualTo("a");

        rotation.replace(playlist("webcare", item("x", 5), item("y", 5)));
        assertThat(rotation.current().item().scene()).isEqualTo("a");

        clock.advance(Duration.ofSeconds(5));
        assertThat(rotation.advance().item().scene()).isEqualTo("x");
        clock.advance(Duration.ofSeconds(5));
        assertThat(rotation.advance().item().scene()).isEqualTo("y");
    }

    @Test
    void reloadedSamePlaylistContinuesAfterTheCurrentItem() {
        Rotation rotation = new Rotation(playlist("lobby", item("a", 5), item("b", 5), item("c", 5)), clock);
        rotation.advance();
        rotation.advance();

        rotation.replace(playlist("lobby", item("a", 5), item("b2", 5), item("c2", 5)));

        assertThat(rotation.advance().item().scene()).isEqualTo("c2");
    }

    @Test
    void peekShowsTheNextSlotWithoutMovingOn() {
        Rotation rotation = new Rotation(playlist("lobby", item("a", 5), item("b", 5)), clock);
        Slot first = rotation.advance();

        Slot next = rotation.peek(first.end());

        assertThat(next.item().scene()).isEqualTo("b");
        assertThat(next.start()).isEqualTo(first.end());
        assertThat(rotation.current()).isEqualTo(first);
        clock.set(first.end());
        assertThat(rotation.advance().sameItemAs(next)).isTrue();
    }

    @Test
    void itemWithoutDurationGetsTheDefault() {
        PlaylistItem noDuration = new PlaylistItem("a", null, Map.of(), null, "p.yaml", 3);
        Rotation rotation = new Rotation(new Playlist("p", List.of(noDuration), null, "p.yaml"), clock);

        Slot slot = rotation.advance();

        assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Rotation.DEFAULT_DURATION);
    }

    private List<String> scenesOf(Rotation rotation, int count) {
        String[] scenes = new String[count];
        for (int i = 0; i < count; i++) {
            Slot slot = rotation.advance();
            scenes[i] = slot.item().scene();
            clock.set(slot.end());
        }
        return List.of(scenes);
    }

    private static Playlist playlist(String name, PlaylistItem... items) {
        return new Playlist(name, List.of(items), null, name + ".yaml");
    }

    private static PlaylistItem item(String scene, int seconds) {
        return item(scene, seconds, null);
    }

    private static PlaylistItem item(String scene, int seconds, Schedule schedule) {
        return new PlaylistItem(scene, Duration.ofSeconds(seconds), Map.of(), schedule, "test.yaml", 1);
    }
}
