package org.pulsewall.feed.source;

import org.pulsewall.feed.source.DemoCatalogue.Place;
import org.pulsewall.feed.source.DemoCatalogue.Reply;
import org.pulsewall.feed.source.DemoCatalogue.Template;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;

/**
 * A live, made-up stream about a telecom operator in Dutch, English, German and Chinese:
 * complaints, outages, questions, praise, reactions to a TV campaign, now and then a curse word,
 * and webcare replies. Each poll returns the mentions due since the previous one at {@code rate}
 * per second of {@code clock} time, so a fake clock and a seeded Random make it repeatable. Every
 * twenty minutes an outage cluster builds up around one place for four minutes, for the SQC map.
 */
public final class DemoSource extends PolledSource {
    /** {@code demo}: generated traffic ({@code brand}, {@code campaign}, {@code rate} per second, {@code seed}, {@code backfill}). */
    static final SourceType TYPE = new SourceType("demo", Duration.ofSeconds(1), DemoSource::fromSettings);
    /** Settings of a demo stream. */
    public record Options(String brand, String campaign, double mentionsPerSecond, Duration backfill) {
    }

    static final double PROFANE_SHARE = 0.03;
    static final double REPLY_SHARE = 0.07;
    /** At the default 4 mentions a second about an hour of complaints. */
    static final int MAX_WAITING = 4000;
    /** Two hours at the demo wall's 4 mentions a second fit in one poll (its backfill), with room. */
    static final int MAX_PER_POLL = 40_000;
    private static final String[] LANGS = {"nl", "en", "de", "zh"};
    private static final double[] LANG_WEIGHTS = {0.55, 0.20, 0.13, 0.12};
    private static final String[] KINDS = {"outage", "complaint", "question", "praise", "campaign", "neutral"};
    private static final double[] KIND_WEIGHTS = {0.15, 0.25, 0.15, 0.17, 0.18, 0.10};
    private static final String[] NETWORKS = {"twitter", "facebook", "instagram", "mastodon"};
    private static final double[] NETWORK_WEIGHTS = {0.45, 0.2, 0.2, 0.15};
    private static final long BURST_PERIOD_MINUTES = 20;
    private static final long BURST_MINUTES = 4;

    private final Options options;
    private final Random random;
    private final Clock clock;
    private final DemoCatalogue catalogue;
    private final Map<String, Map<String, List<Template>>> templatesByLangAndKind;
    private final List<Place> dutchPlaces;
    private final int hotspotStride;
    private final List<Place> germanPlaces;
    private final List<Place> chinesePlaces;
    /** Complaints webcare has not answered yet; the oldest drop out unanswered when it is full. */
    private final List<Mention> waitingComplaints = new ArrayList<>();
    private Instant last;
    private double carry;
    private long sequence;

    public DemoSource(String id, Duration interval, Options options, Random random, Clock clock, DemoCatalogue catalogue) {
        super(id, "demo", interval);
        this.options = options;
        this.random = random;
        this.clock = clock;
        this.catalogue = catalogue;
        this.templatesByLangAndKind = catalogue.templates().stream().collect(
                Collectors.groupingBy(Template::lang, Collectors.groupingBy(Template::kind)));
        this.dutchPlaces = catalogue.places().stream().filter(p -> p.country().equals("nl")).toList();
        this.hotspotStride = strideVisitingAll(dutchPlaces.size());
        this.germanPlaces = catalogue.places().stream().filter(p -> p.country().equals("de")).toList();
        this.chinesePlaces = catalogue.places().stream().filter(p -> p.country().equals("cn")).toList();
    }

    @Override
    public synchronized List<Mention> poll() {
        Instant now = clock.instant();
        if (last == null) {
            last = now.minus(options.backfill());
        }
        long spanNanos = Duration.between(last, now).toNanos();
        double due = carry + spanNanos / 1e9 * options.mentionsPerSecond();
        int count = (int) Math.min(Math.max(0, Math.floor(due)), MAX_PER_POLL);
        carry = count == MAX_PER_POLL ? 0 : Math.max(0, due - count);
        List<Mention> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(next(last.plusNanos(spanNanos * i / count)));
        }
        last = now;
        return out;
    }

    private Mention next(Instant time) {
        String mentionId = "demo-" + time.toEpochMilli() + "-" + (++sequence);
        if (!waitingComplaints.isEmpty() && random.nextDouble() < REPLY_SHARE) {
            return reply(mentionId, time, takeWaitingComplaint());
        }
        String lang = LANGS[weighted(LANG_WEIGHTS)];
        boolean burst = inBurst(time);
        Template t = random.nextDouble() < PROFANE_SHARE ? pick(templates(lang, "profane")) : pick(templates(lang, kind(burst)));
        Mention.Builder b = Mention.builder(mentionId, time, "")
                .lang(lang)
                .source(NETWORKS[weighted(NETWORK_WEIGHTS)])
                .author(handle(lang))
                .sentiment(Math.round(clamp(t.sentiment() + random.nextGaussian() * 0.1) * 100) / 100.0);
        String text = fill(t.text());
        if (t.located()) {
            Place place = burst && t.kind().equals("outage") && random.nextDouble() < 0.8 ? hotspot(time) : place(lang);
            text = text.replace("{place}", place.nameIn(lang));
            locate(b, place);
        }
        engagement(b);
        Mention m = b.text(text).build();
        if (t.sentiment() <= -0.5) {
            rememberComplaint(m);
        }
        return m;
    }

    private Mention reply(String mentionId, Instant time, Mention complaint) {
        List<Reply> inLang = catalogue.replies().stream().filter(r -> r.lang().equals(complaint.lang())).toList();
        Reply r = inLang.get(random.nextInt(inLang.size()));
        return Mention.builder(mentionId, time, fill(r.text()).replace("{author}", complaint.author()))
                .lang(complaint.lang())
                .source(complaint.source())
                .author("@" + options.brand() + "webcare")
                .sentiment(0.2)
                .replyTo(complaint.id())
                .reach(500 + random.nextInt(1500))
                .build();
    }

    private void rememberComplaint(Mention m) {
        waitingComplaints.add(m);
        if (waitingComplaints.size() > MAX_WAITING) {
            waitingComplaints.remove(0);
        }
    }

    /**
     * Webcare picks any waiting complaint, the newer ones a little more often, so that the times to
     * a first reply spread from seconds to about an hour, as on a real queue, rather than all alike.
     */
    private Mention takeWaitingComplaint() {
        int size = waitingComplaints.size();
        int fromNewest = (int) Math.min(size - 1, Math.floor(size * Math.pow(random.nextDouble(), 1.5)));
        return waitingComplaints.remove(size - 1 - fromNewest);
    }

    private String kind(boolean burst) {
        if (burst && random.nextDouble() < 0.3) {
            return "outage";
        }
        return KINDS[weighted(KIND_WEIGHTS)];
    }

    private List<Template> templates(String lang, String kind) {
        return templatesByLangAndKind.getOrDefault(lang, Map.of()).getOrDefault(kind, List.of());
    }

    private Template pick(List<Template> options) {
        if (options.isEmpty()) { // a catalogue without a kind for a language still yields text
            return catalogue.templates().get(random.nextInt(catalogue.templates().size()));
        }
        return options.get(random.nextInt(options.size()));
    }

    private String fill(String text) {
        return text.replace("{brand}", options.brand()).replace("{campaign}", options.campaign());
    }

    private static boolean inBurst(Instant time) {
        return Math.floorMod(time.getEpochSecond() / 60, BURST_PERIOD_MINUTES) < BURST_MINUTES;
    }

    /**
     * The place of the current outage cluster: the same for the whole burst, another one next time,
     * jumping across the list by a stride that shares no factor with its length, so that every place
     * has its turn before one comes back (a stride of 7 over 28 places visited only four of them,
     * and an outage every 80 minutes at the same place is, to the detector, that place's normal).
     */
    private Place hotspot(Instant time) {
        long period = Math.floorDiv(time.getEpochSecond() / 60, BURST_PERIOD_MINUTES);
        return dutchPlaces.get(Math.floorMod(period * hotspotStride, dutchPlaces.size()));
    }

    /** The smallest stride from 7 up that visits every one of {@code places} in turn. */
    static int strideVisitingAll(int places) {
        int stride = 7;
        while (places > 1 && BigInteger.valueOf(stride).gcd(BigInteger.valueOf(places)).intValue() != 1) {
            stride++;
        }
        return stride;
    }

    private Place place(String lang) {
        // German and Chinese speakers mostly write from the Netherlands, sometimes from home
        List<Place> home = lang.equals("de") ? germanPlaces : lang.equals("zh") ? chinesePlaces : List.of();
        List<Place> pool = !home.isEmpty() && random.nextDouble() < 0.3 ? home : dutchPlaces;
        return pool.get(random.nextInt(pool.size()));
    }

    private void locate(Mention.Builder b, Place place) {
        double r = random.nextDouble();
        if (r < 0.3) {
            b.geo(new GeoPoint(place.lat() + (random.nextDouble() - 0.5) * 0.02, place.lon() + (random.nextDouble() - 0.5) * 0.02));
        } else if (r < 0.55 && place.postcode() != null) {
            b.postcode(place.postcode());
        }
    }

    private void engagement(Mention.Builder b) {
        int reach = (int) Math.min(2_000_000, Math.exp(5 + random.nextGaussian() * 1.6));
        int likes = (int) (reach * 0.03 * random.nextDouble());
        b.reach(reach).likes(likes).shares((int) (likes * 0.25 * random.nextDouble())).replies((int) (likes * 0.1 * random.nextDouble()));
    }

    private String handle(String lang) {
        List<String> names = catalogue.handles().getOrDefault(lang, List.of("user"));
        String name = names.get(random.nextInt(names.size()));
        return "@" + name + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100)));
    }

    private int weighted(double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static FeedSource fromSettings(SourceRequest request) {
        SourceSettings s = request.settings();
        String brand = s.string("brand").orElse("KPN");
        double rate = s.number("rate", 3);
        if (!(rate > 0 && rate <= 100_000)) {
            throw new IllegalArgumentException("rate must be between 0 and 100000 mentions per second, was " + rate);
        }
        Random random = s.string("seed").isPresent() ? new Random(s.whole("seed", 0)) : new Random();
        Options options = new Options(brand, s.string("campaign").orElse("#" + brand + "Verbindt"),
                rate, s.duration("backfill", Duration.ofMinutes(2)));
        return new DemoSource(request.id(), request.every(), options, random, request.clock(),
                request.shared().demoCatalogue());
    }
}
