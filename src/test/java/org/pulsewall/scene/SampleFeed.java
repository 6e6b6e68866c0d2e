package org.pulsewall.scene;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.SourceStatus;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;

/** Mentions, snapshots and contexts for scene tests and previews. */
final class SampleFeed {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private SampleFeed() {
    }

    static Mention mention(String id, int minutesAgo, String text, String author, String source, String lang,
                           Double sentiment) {
        return Mention.builder(id, NOW.minus(Duration.ofMinutes(minutesAgo)), text).author(author).source(source)
                .lang(lang).sentiment(sentiment).build();
    }

    static Mention profane() {
        return Mention.builder("p-1", NOW.minusSeconds(20), "Wat een kutnetwerk vandaag").author("@boos")
                .source("twitter").lang("nl").sentiment(-0.9).maskedText("Wat een k**netwerk vandaag").build();
    }

    /** Newest first, as a snapshot holds them. */
    static List<Mention> mentions() {
        List<Mention> list = new ArrayList<>();
        list.add(profane());
        list.add(mention("m-1", 1, "Geen bereik in Den Burg sinds vanochtend, iemand anders ook? #storing", "@jan",
                "twitter", "nl", -0.7));
        list.add(mention("m-2", 2, "Super snelle hulp van de webcare, binnen tien minuten opgelost. Top!", "@annemiek",
                "mastodon", "nl", 0.8));
        list.add(mention("m-3", 3, "Kein Netz am Bahnhof Venlo, schon wieder. Langsam reicht es mir wirklich.",
                "@kaiweber", "bluesky", "de", -0.6));
        list.add(mention("m-4", 5, "Just switched to the new fibre plan: 1 Gbit up and down, installation was painless.",
                "@techdad", "twitter", "en", 0.6));
        list.add(mention("m-5", 7, "鹿特丹的网络今天很稳定，视频会议一点都不卡。", "@lin", "weibo", "zh", 0.5));
        list.add(mention("m-6", 9, "Iemand een idee wanneer de nieuwe tv-box beschikbaar komt in Groningen?",
                "@petra_g", "rss", "nl", 0.0));
        list.add(mention("m-7", 12, "Rechnung diesen Monat doppelt abgebucht. Hotline 40 Minuten Warteschleife.",
                "@s_mueller", "twitter", "de", -0.8));
        list.add(mention("m-8", 14, "The TV ad with the lighthouse is honestly the best thing on telly this week.",
                "@lucy", "bluesky", "en", 0.9));
        list.add(mention("m-9", 18, "Storing in Utrecht lijkt weer voorbij, internet doet het weer.", "@rvdberg",
                "mastodon", "nl", 0.3));
        list.add(mention("m-10", 25, "Why does roaming in Germany still cost extra on my business plan?", "@ops_mark",
                "twitter", "en", -0.3));
        return list;
    }

    static FeedSnapshot snapshot(long version, List<Mention> mentions) {
        return new FeedSnapshot(version, NOW, mentions, List.of(
                new SourceStatus("listening", "http-json", NOW, null, 0, null, 1824),
                new SourceStatus("masto", "mastodon", NOW, null, 0, null, 312),
                new SourceStatus("sky", "bluesky", NOW.minusSeconds(600), NOW.minusSeconds(420), 4, "503", 97)));
    }

    /** About 20 mentions a minute over the last 30 minutes, a dip and a spike, newest first. */
    static List<Mention> busyMentions() {
        List<Mention> samples = mentions();
        String[] sources = {"twitter", "twitter", "mastodon", "bluesky", "rss"};
        List<Mention> out = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int second = 0; second < 30 * 60; second += 3) {
            int minute = second / 60;
            double rate = minute > 4 && minute < 9 ? 0.9 : minute > 20 && minute < 23 ? 0.25 : 0.5;
            if (random.nextDouble() < rate) {
                Mention base = samples.get(random.nextInt(samples.size()));
                out.add(base.toBuilder().id("b-" + second).time(NOW.minusSeconds(second))
                        .source(sources[random.nextInt(sources.length)])
                        .sentiment(Math.max(-1, Math.min(1, random.nextGaussian() * 0.5 - 0.1))).build());
            }
        }
        return out;
    }

    static FeedSnapshot busySnapshot() {
        return snapshot(1, busyMentions());
    }

    static FeedSnapshot snapshot() {
        return snapshot(1, mentions());
    }

    static SceneContext context(String scene, Map<String, String> params, ProfanityPolicy policy) {
        return context(scene, params, policy, m -> true);
    }

    static SceneContext context(String scene, Map<String, String> params, ProfanityPolicy policy,
                                Predicate<Mention> topic) {
        PlaylistItem item = new PlaylistItem(scene, Duration.ofSeconds(30), params, null, "playlists/test.yaml", 7);
        return new SceneContext(item, policy, topic, CLOCK, ConfigBase.directory(Path.of("src/test/resources/walls/demo")));
    }
}
