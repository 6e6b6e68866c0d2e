package org.pulsewall.noise;

import java.util.Locale;
import java.util.Optional;

/** What kind of noise a mention is; a mention that is none of these is signal. */
public enum NoiseKind {
    /** Promotional spam: sales, shortener links, follower and crypto offers. */
    SPAM,
    /** One of many new or follower-less accounts posting the same thing within minutes. */
    BOT,
    /** The operator's own marketing accounts ({@code noise.ownAccounts}). */
    AD,
    /** "WIN een iPhone! tag 3 vrienden". */
    GIVEAWAY,
    /** Vacancies: "Vacature: …", "We're hiring", "Stellenangebot (m/w/d)". */
    JOB,
    /** Phishing: "uw account is geblokkeerd, log in via …". */
    SCAM,
    /** A retweet or near-copy of something already seen: counted once. */
    COPY;

    /** The name in wall.yaml and in the {@code noise} field of a mention. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoiseKind> byKey(String key) {
        for (NoiseKind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
