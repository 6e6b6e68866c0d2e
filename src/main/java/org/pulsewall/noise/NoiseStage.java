package org.pulsewall.noise;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.pulsewall.config.NoiseConfig;
import org.pulsewall.feed.Mention;
import org.pulsewall.noise.Vocabulary.Hits;
import org.pulsewall.noise.Vocabulary.Section;

/**
 * The step after moderation and before the store that tells noise from signal. Each mention gets
 * a kind ({@link NoiseKind}) or none, with the reason, and whether the wall hides it. Judged from:
 * the operator's own accounts; giveaway, job, phishing and promotional phrases of nl/en/de with
 * links and URL shorteners; and near-duplicate groups with who posts in them and how fast (many
 * accounts within minutes is a flood, a retweet or a long copy of something seen is a copy, three
 * customers writing the same short complaint over a day are three customers). Author metadata
 * (followers, account age) is used when the feed sends it and not needed when it does not.
 *
 * <p>Time is the mentions' event time, so a replay judges like the live feed. Memory is bounded
 * (see {@link NearDuplicates}). Thread-safe: sources of a hub poll on several threads.
 */
public final class NoiseStage {
    /** Distinct accounts posting one text within {@link #FLOOD_WINDOW} that make a flood. */
    static final int FLOOD_AUTHORS = 3;
    static final Duration FLOOD_WINDOW = Duration.ofMinutes(10);
    /** Words a text needs before different authors writing it are copying, not agreeing ("geen internet"). */
    static final int COPY_MIN_WORDS = 14;
    /** Words a text needs before a flood of it is a campaign rather than customers in one outage. */
    static final int FLOOD_MIN_WORDS = 6;
    static final int NEW_ACCOUNT_DAYS = 30;
    static final int FEW_FOLLOWERS = 10;
    private static final int MAX_GROUPS = 20_000;
    private static final Duration GROUP_MEMORY = Duration.ofHours(24);

    private final NoiseConfig config;
    private final Set<String> webcare;
    private final Set<String> marketing;
    private final Vocabulary vocabulary;
    private final Shorteners shorteners;
    private final NearDuplicates groups = new NearDuplicates(MAX_GROUPS, GROUP_MEMORY.toMillis());

    public NoiseStage(NoiseConfig config, List<String> ownHandles) {
        this(config, ownHandles, Vocabulary.bundled(), Shorteners.bundled());
    }

    public NoiseStage(NoiseConfig config, List<String> ownHandles, Vocabulary vocabulary, Shorteners shorteners) {
        this.config = config;
        this.webcare = handles(ownHandles);
        this.marketing = handles(config.ownAccounts());
        this.vocabulary = vocabulary;
        this.shorteners = shorteners;
    }

    /** The mention with {@code noise}, {@code noiseReason} and {@code noiseHidden} set (cleared for signal). */
    public Mention apply(Mention mention) {
        NoiseVerdict v = judge(mention);
        String kind = v.noise() ? v.kind().key() : null;
        boolean hidden = config.hides(kind);
        if (mention.noise() == null && kind == null && !mention.noiseHidden()) {
            return mention;
        }
        return mention.toBuilder().noise(kind).noiseReason(v.reason()).noiseHidden(hidden).build();
    }

    /** The mentions of a batch that the wall's figures count: signal, and noise it does not hide. */
    public static List<Mention> signal(List<Mention> batch) {
        for (Mention m : batch) {
            if (m.hiddenNoise()) {
                return batch.stream().filter(x -> !x.hiddenNoise()).toList();
            }
        }
        return batch;
    }

    /** The kind of noise a mention is, and why; {@link NoiseVerdict#SIGNAL} for signal. */
    public synchronized NoiseVerdict judge(Mention m) {
        String author = handle(m.author());
        if (author != null && webcare.contains(author)) {
            return NoiseVerdict.SIGNAL; // webcare replies repeat their templates to every customer: still signal
        }
        if (author != null && marketing.contains(author)) {
            return new NoiseVerdict(NoiseKind.AD, "own marketing account " + author);
        }
        MentionText text = MentionText.read(m.text(), shorteners);
        Hits hits = vocabulary.match(text.words, text.wordCount);
        NoiseVerdict byWords = byVocabulary(text, hits);
        NearDuplicates.Seen seen = groups.add(text.words, text.wordCount, author == null ? 0 : author.hashCode(),
                m.id(), m.time().toEpochMilli());
        if (byWords != null) {
            return byWords;
        }
        return seen == null ? NoiseVerdict.SIGNAL : byGroup(m, text, seen);
    }

    private NoiseVerdict byVocabulary(MentionText text, Hits hits) {
        if (scam(text, hits)) {
            return new NoiseVerdict(NoiseKind.SCAM, "phishing: '" + hits.first(Section.SCAM) + "'"
                    + (text.hasLink() ? " + link to " + text.firstLinkHost : ""));
        }
        if (giveaway(text, hits)) {
            return new NoiseVerdict(NoiseKind.GIVEAWAY, "giveaway: '" + hits.first(Section.GIVEAWAY) + "'");
        }
        if (hits.strong(Section.JOB) > 0 || hits.weak(Section.JOB) >= 2 && text.hasLink()) {
            return new NoiseVerdict(NoiseKind.JOB, "job ad: '" + hits.first(Section.JOB) + "'");
        }
        int promo = 3 * hits.strong(Section.PROMO) + hits.weak(Section.PROMO) + (text.hasLink() ? 1 : 0)
                + (text.shortenerHost != null ? 1 : 0);
        if (promo >= 3 && hits.first(Section.PROMO) != null) {
            return new NoiseVerdict(NoiseKind.SPAM, "promotion: '" + hits.first(Section.PROMO) + "'"
                    + (text.shortenerHost != null ? " + shortener " + text.shortenerHost : ""));
        }
        if (text.shortenerHost != null && text.hashtags + text.handles >= 3) {
            return new NoiseVerdict(NoiseKind.SPAM, "shortener " + text.shortenerHost + " with "
                    + (text.hashtags + text.handles) + " hashtags/handles");
        }
        return null;
    }

    /** A giveaway phrase, or giveaway words with the handles or hashtags a giveaway asks for. */
    private static boolean giveaway(MentionText text, Hits hits) {
        int weak = hits.weak(Section.GIVEAWAY);
        return hits.strong(Section.GIVEAWAY) > 0 || weak >= 2 && text.handles + text.hashtags > 0
                || weak >= 1 && text.handles >= 3;
    }

    /** A phishing phrase with a link, or two, and no word of a customer warning others about it. */
    private static boolean scam(MentionText text, Hits hits) {
        if (hits.weak(Section.WARNING) + hits.strong(Section.WARNING) > 0) {
            return false;
        }
        int strong = hits.strong(Section.SCAM);
        int weak = hits.weak(Section.SCAM);
        return text.hasLink() ? strong + weak >= 1 && strong + weak + (text.shortenerHost != null ? 1 : 0) >= 2
                || strong > 0 : strong >= 2;
    }

    private NoiseVerdict byGroup(Mention m, MentionText text, NearDuplicates.Seen seen) {
        NearDuplicates.Group g = seen.group();
        int floodAuthors = g.distinctAuthorsWithin(m.time().toEpochMilli(), FLOOD_WINDOW.toMillis());
        boolean flood = floodAuthors >= FLOOD_AUTHORS && text.wordCount >= FLOOD_MIN_WORDS;
        if (flood && text.retweetOf == null && looksAutomated(m, text)) {
            return new NoiseVerdict(NoiseKind.BOT, floodAuthors + " accounts posted this within "
                    + FLOOD_WINDOW.toMinutes() + " min" + accountNote(m));
        }
        if (seen.first()) {
            return NoiseVerdict.SIGNAL;
        }
        String of = " of " + g.firstSeen();
        if (text.retweetOf != null) {
            return new NoiseVerdict(NoiseKind.COPY, "retweet of " + text.retweetOf + ", copy" + of);
        }
        if (seen.authorBefore()) {
            return new NoiseVerdict(NoiseKind.COPY, "same author again, copy" + of);
        }
        if (text.wordCount >= COPY_MIN_WORDS) {
            return new NoiseVerdict(NoiseKind.COPY, "near-copy" + of);
        }
        return NoiseVerdict.SIGNAL;
    }

    /**
     * An account in a flood that looks made for it: new or follower-less when the feed says so;
     * without metadata, a long identical text or a link is enough (customers in one outage write
     * short and each in their own words).
     */
    private static boolean looksAutomated(Mention m, MentionText text) {
        boolean known = m.followers() != null || m.accountCreated() != null;
        if (known) {
            return m.followers() != null && m.followers() < FEW_FOLLOWERS || m.accountCreated() != null
                    && Duration.between(m.accountCreated(), m.time()).toDays() < NEW_ACCOUNT_DAYS;
        }
        return text.wordCount >= COPY_MIN_WORDS || text.hasLink() && text.hashtags > 0;
    }

    private static String accountNote(Mention m) {
        if (m.followers() == null && m.accountCreated() == null) {
            return "";
        }
        StringBuilder note = new StringBuilder(" from ");
        if (m.followers() != null) {
            note.append(m.followers()).append(" followers");
        }
        if (m.accountCreated() != null) {
            note.append(m.followers() != null ? ", " : "").append("account ")
                    .append(Duration.between(m.accountCreated(), m.time()).toDays()).append(" days old");
        }
        return note.toString();
    }

    private static Set<String> handles(List<String> raw) {
        return raw.stream().map(NoiseStage::handle).filter(h -> h != null).collect(Collectors.toUnmodifiableSet());
    }

    /** "@KPN", "kpn" and " @kpn " are one handle. */
    static String handle(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String h = raw.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h : "@" + h;
    }
}
