package org.pulsewall.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing somebody said, as it travels from a source to the screens. Immutable; build it with
 * {@link #builder(String, Instant, String)} so that fields added later do not break callers.
 *
 * <p>{@code text} is always the original text (already sanitised: no control or bidi-override
 * characters, length-capped). {@code maskedText} is the same text with curse words masked, or
 * {@code null} when moderation found nothing; screens choose between them by their policy.
 *
 * <p>{@code followers} and {@code accountCreated} describe the author when the feed tells them.
 * {@code noise} is the kind of noise the noise stage found ({@code spam}, {@code bot}, {@code ad},
 * {@code giveaway}, {@code job}, {@code scam}, {@code copy}) or {@code null} for signal, with
 * {@code noiseReason} saying why; {@code noiseHidden} is the wall's decision that screens and
 * figures leave it out (its {@code noise.hide} and {@code noise.copies}).
 */
public record Mention(
        String id,
        Instant time,
        String text,
        String source,
        String author,
        String lang,
        Double sentiment,
        String url,
        GeoPoint geo,
        String postcode,
        String place,
        Integer reach,
        Integer likes,
        Integer shares,
        Integer replies,
        String replyTo,
        String maskedText,
        Integer followers,
        Instant accountCreated,
        String noise,
        String noiseReason,
        boolean noiseHidden) {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
    }

    /** True when moderation masked something in this mention. */
    public boolean profane() {
        return maskedText != null;
    }

    /** The text a screen shows under the masking policy. */
    public String safeText() {
        return maskedText != null ? maskedText : text;
    }

    public Mention withMaskedText(String masked) {
        return toBuilder().maskedText(masked).build();
    }

    /** True when this mention is noise that the wall leaves off its screens and out of its figures. */
    public boolean hiddenNoise() {
        return noiseHidden;
    }

    public Mention withSource(String newSource) {
        return toBuilder().source(newSource).build();
    }

    public static Builder builder(String id, Instant time, String text) {
        return new Builder(id, time, text);
    }

    public Builder toBuilder() {
        return new Builder(id, time, text).source(source).author(author).lang(lang).sentiment(sentiment)
                .url(url).geo(geo).postcode(postcode).place(place).reach(reach).likes(likes)
                .shares(shares).replies(replies).replyTo(replyTo).maskedText(maskedText).followers(followers)
                .accountCreated(accountCreated).noise(noise).noiseReason(noiseReason).noiseHidden(noiseHidden);
    }

    /** Builder for {@link Mention}; all fields but id, time and text are optional. */
    public static final class Builder {
        private String id;
        private Instant time;
        private String text;
        private String source;
        private String author;
        private String lang;
        private Double sentiment;
        private String url;
        private GeoPoint geo;
        private String postcode;
        private String place;
        private Integer reach;
        private Integer likes;
        private Integer shares;
        private Integer replies;
        private String replyTo;
        private String maskedText;
        private Integer followers;
        private Instant accountCreated;
        private String noise;
        private String noiseReason;
        private boolean noiseHidden;

        private Builder(String id, Instant time, String text) {
            this.id = id;
            this.time = time;
            this.text = text;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder time(Instant v) { this.time = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder source(String v) { this.source = v; return this; }
        public Builder author(String v) { this.author = v; return this; }
        public Builder lang(String v) { this.lang = v; return this; }
        public Builder sentiment(Double v) { this.sentiment = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder geo(GeoPoint v) { this.geo = v; return this; }
        public Builder postcode(String v) { this.postcode = v; return this; }
        public Builder place(String v) { this.place = v; return this; }
        public Builder reach(Integer v) { this.reach = v; return this; }
        public Builder likes(Integer v) { this.likes = v; return this; }
        public Builder shares(Integer v) { this.shares = v; return this; }
        public Builder replies(Integer v) { this.replies = v; return this; }
        public Builder replyTo(String v) { this.replyTo = v; return this; }
        public Builder maskedText(String v) { this.maskedText = v; return this; }
        public Builder followers(Integer v) { this.followers = v; return this; }
        public Builder accountCreated(Instant v) { this.accountCreated = v; return this; }
        public Builder noise(String v) { this.noise = v; return this; }
        public Builder noiseReason(String v) { this.noiseReason = v; return this; }
        public Builder noiseHidden(boolean v) { this.noiseHidden = v; return this; }

        public Mention build() {
            return new Mention(id, time, text, source, author, lang, sentiment, url, geo, postcode, place,
                    reach, likes, shares, replies, replyTo, maskedText, followers, accountCreated, noise, noiseReason,
                    noiseHidden);
        }
    }
}
