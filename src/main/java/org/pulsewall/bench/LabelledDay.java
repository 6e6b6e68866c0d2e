package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.pulsewall.feed.Mention;
import org.pulsewall.noise.NoiseKind;
import org.pulsewall.noise.SignalTexts;

/**
 * A made-up day of mentions about a telecom operator with the truth of each one: signal written
 * many ways by many authors (complaints, questions, praise, links to news, customers asking about
 * a phishing text, webcare answers, bursts of complaints during an outage, three customers writing
 * the same short complaint over the day) and noise of every kind in its real shapes. Seeded: the
 * same seed gives the same day. About half the mentions carry author metadata (followers, account
 * creation), as Twitter and Mastodon send it and Instagram and Facebook exports do not.
 */
public final class LabelledDay {
    /** A mention and what it really is (null: signal). */
    public record Labelled(Mention mention, NoiseKind truth) {
    }

    /** The operator's webcare handles (wall.yaml {@code moderation.ownHandles}). */
    public static final List<String> OWN_HANDLES = List.of("@KPNwebcare");
    /** The operator's marketing accounts (wall.yaml {@code noise.ownAccounts}). */
    public static final List<String> OWN_ACCOUNTS = List.of("@KPN", "@KPN_deals");
    private static final String[] SOURCES = {"twitter", "twitter", "twitter", "instagram", "facebook", "mastodon"};
    private static final double[] HOURLY = {0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 1.5, 2.2, 2.4, 2.3, 2.2, 2.3, 2.2, 2.1,
        2.1, 2.2, 2.3, 2.2, 2.3, 2.4, 2.0, 1.3, 0.7};
    private static final String[] FIRST = {"jan", "sanne", "mark", "lisa", "ahmed", "fatima", "tom", "eva", "daan",
        "emma", "lucas", "julia", "noah", "mila", "sem", "tess", "kees", "anke", "piet", "ingrid", "markus", "julia",
        "stefan", "anna", "jonas", "lea", "mohamed", "yara", "bram", "femke", "ruben", "iris", "joost", "linda"};
    private static final String[] LAST = {"devries", "jansen", "bakker", "visser", "smit", "meijer", "mulder", "bos",
        "vos", "peters", "hendriks", "dekker", "muller", "schmidt", "schneider", "fischer", "weber", "wagner", "k",
        "b", "nl", "010", "020", "_", "vd", "de_boer", "van_dam", "koster", "prins", "hoekstra"};
    private static final String[] SHORT_SAME = {"Weer storing.", "Geen internet??", "Internet ligt er weer uit",
        "Storing in {place}?", "kein Netz", "no internet again", "Modem knippert rood", "Geen bereik hier",
        "tv doet het niet", "Internet down?"};

    private final Random r;
    private final Instant start;
    private final List<Labelled> out = new ArrayList<>();
    private final String[] customers;

    private LabelledDay(long seed, Instant start, int signal) {
        this.r = new Random(seed);
        this.start = start;
        this.customers = new String[Math.max(100, signal * 4 / 5)];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = "@" + SignalTexts.pick(r, FIRST) + (r.nextBoolean() ? "_" : "") + SignalTexts.pick(r, LAST)
                    + (r.nextDouble() < 0.4 ? String.valueOf(r.nextInt(2000)) : "") + (i % 7 == 0 ? "x" + i : "");
        }
    }

    /** A day from {@code start} with about {@code signal} signal mentions and noise in proportion, sorted by time. */
    public static List<Labelled> generate(long seed, Instant start, int signal) {
        LabelledDay day = new LabelledDay(seed, start, signal);
        day.signal(signal);
        day.noise(signal);
        List<Labelled> sorted = new ArrayList<>(day.out);
        sorted.sort(Comparator.comparing(l -> l.mention().time()));
        List<Labelled> numbered = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Labelled l = sorted.get(i);
            numbered.add(new Labelled(l.mention().toBuilder().id("d-" + (i + 1)).build(), l.truth()));
        }
        return numbered;
    }

    private void signal(int count) {
        int webcare = count / 12;
        int sameShort = 30;
        int bursts = 5;
        int customersLeft = count - webcare - 3 * sameShort - bursts * 30;
        for (int i = 0; i < customersLeft; i++) {
            String lang = lang();
            add(SignalTexts.customer(r, lang, place(lang)), customer(), dayTime(), null, Account.PERSON);
        }
        for (int i = 0; i < webcare; i++) {
            add(SignalTexts.webcare(r, customer(), place("nl")), OWN_HANDLES.get(0), dayTime(), null, Account.PERSON);
        }
        for (int i = 0; i < sameShort; i++) {
            String text = SignalTexts.pick(r, SHORT_SAME).replace("{place}", place("nl"));
            for (int k = 0; k < 3; k++) {
                add(text, customer(), dayTime(), null, Account.PERSON); // three customers, hours apart
            }
        }
        for (int b = 0; b < bursts; b++) {
            String place = place("nl");
            Instant outage = dayTime();
            for (int k = 0; k < 30; k++) {
                add(SignalTexts.customer(r, "nl", place), customer(), outage.plusSeconds(r.nextInt(900)), null,
                        Account.PERSON);
            }
        }
    }

    private void noise(int signal) {
        for (int i = 0; i < signal * 8 / 100; i++) {
            add(NoiseTexts.spam(r), spammer(), dayTime(), NoiseKind.SPAM, Account.THROWAWAY);
        }
        for (int i = 0; i < signal * 2 / 100; i++) {
            add(NoiseTexts.scam(r, customer()), spammer(), dayTime(), NoiseKind.SCAM, Account.THROWAWAY);
        }
        for (int i = 0; i < signal / 100; i++) {
            add(NoiseTexts.job(r, place(lang())), "@" + SignalTexts.pick(r, new String[] {"vacatures_nl", "werkenbij",
                "jobs_telecom", "stellenmarkt_de", "techjobs"}), dayTime(), NoiseKind.JOB, Account.PERSON);
            add(NoiseTexts.ad(r), SignalTexts.pick(r, OWN_ACCOUNTS.toArray(String[]::new)), dayTime(), NoiseKind.AD,
                    Account.PERSON);
        }
        giveaways(signal * 3 / 100);
        for (int f = 0; f < Math.max(4, signal / 1000); f++) {
            botFlood(f);
        }
        for (int v = 0; v < Math.max(3, signal / 2500); v++) {
            viralWave(v);
        }
        for (int i = 0; i < signal / 200; i++) {
            Labelled earlier = out.get(r.nextInt(out.size()));
            if (earlier.truth() == null && !OWN_HANDLES.contains(earlier.mention().author())) {
                Mention m = earlier.mention();
                add(m.text(), m.author(), m.time().plusSeconds(60 + r.nextInt(7200)), NoiseKind.COPY, Account.PERSON);
            }
        }
    }

    private void giveaways(int replies) {
        String[] hosts = {"@KPN", "@gadgetdeals_nl", "@techwinactie", "@gewinnspiel_de"};
        for (int g = 0; g < 6; g++) {
            String host = hosts[g % hosts.length];
            Instant posted = dayTime();
            add(NoiseTexts.giveaway(r, host), host, posted, host.equals("@KPN") ? NoiseKind.AD : NoiseKind.GIVEAWAY,
                    Account.PERSON);
            for (int i = 0; i < replies / 6; i++) {
                String[] friends = {customer(), customer(), customer(), customer()};
                add(host + " " + NoiseTexts.giveawayReply(r, friends), customer(),
                        posted.plusSeconds((long) (r.nextExponential() * 3 * 3600)), NoiseKind.GIVEAWAY, Account.PERSON);
            }
        }
    }

    private void botFlood(int index) {
        String campaign = NoiseTexts.campaign(index);
        boolean links = index % 3 == 0;
        Instant begins = dayTime();
        int size = 30 + r.nextInt(120);
        int spreadSeconds = 120 + r.nextInt(360);
        for (int i = 0; i < size; i++) {
            add(NoiseTexts.botPost(r, campaign, links && r.nextBoolean()), botHandle(),
                    begins.plusSeconds(r.nextInt(spreadSeconds)), NoiseKind.BOT, Account.BOT);
        }
    }

    private void viralWave(int index) {
        String text = NoiseTexts.viral(index);
        String author = customer();
        Instant posted = dayTime();
        add(text, author, posted, null, Account.PERSON);
        int copies = 50 + r.nextInt(250);
        for (int i = 0; i < copies; i++) {
            long after = 30 + (long) (r.nextExponential() * 2 * 3600);
            add(NoiseTexts.copy(r, text, author), customer(), posted.plusSeconds(after), NoiseKind.COPY, Account.PERSON);
        }
    }

    /** Who is behind an account: a person, a throwaway spam account, a bot made for a campaign. */
    private enum Account { PERSON, THROWAWAY, BOT }

    private void add(String text, String author, Instant time, NoiseKind truth, Account account) {
        String source = SignalTexts.pick(r, SOURCES);
        Mention.Builder b = Mention.builder("", time, text).author(author).source(source).lang(null);
        if (source.equals("twitter") || source.equals("mastodon")) {
            switch (account) {
                case PERSON -> b.followers((int) Math.min(1_000_000, Math.exp(5 + 1.5 * r.nextGaussian())))
                        .accountCreated(time.minus(Duration.ofDays(r.nextDouble() < 0.05 ? r.nextInt(30)
                                : 100 + r.nextInt(5000))));
                case THROWAWAY -> b.followers(r.nextInt(50)).accountCreated(time.minus(Duration.ofDays(r.nextInt(400))));
                case BOT -> b.followers(r.nextInt(10)).accountCreated(time.minus(Duration.ofDays(r.nextInt(25))));
            }
        }
        out.add(new Labelled(b.build(), truth));
    }

    private String customer() {
        // a few customers write often, most once or twice
        int i = r.nextDouble() < 0.2 ? r.nextInt(Math.max(1, customers.length / 50)) : r.nextInt(customers.length);
        return customers[i];
    }

    private String spammer() {
        return "@" + SignalTexts.pick(r, new String[] {"deals", "promo", "cheap", "shop", "crypto", "win", "info"})
                + SignalTexts.code(r, 6).toLowerCase(java.util.Locale.ROOT);
    }

    private String botHandle() {
        return "@" + SignalTexts.pick(r, FIRST) + (10_000_000 + r.nextInt(89_999_999));
    }

    private String lang() {
        double l = r.nextDouble();
        return l < 0.6 ? "nl" : l < 0.8 ? "en" : "de";
    }

    private String place(String lang) {
        return SignalTexts.pick(r, lang.equals("de") ? SignalTexts.PLACES_DE : SignalTexts.PLACES);
    }

    /** A moment of the day, busier in daytime and evening. */
    private Instant dayTime() {
        double total = 0;
        for (double h : HOURLY) {
            total += h;
        }
        double x = r.nextDouble() * total;
        int hour = 0;
        while (hour < 23 && x > HOURLY[hour]) {
            x -= HOURLY[hour++];
        }
        return start.plusSeconds(hour * 3600L + r.nextInt(3600));
    }
}
