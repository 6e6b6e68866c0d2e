package org.pulsewall.feed.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionFields;
import org.pulsewall.feed.MentionFormatException;

/**
 * Turns a Bluesky post view ({@code app.bsky.feed.defs#postView}) into a mention. The record's
 * {@code createdAt} is the author's claim and may be anything, so an unreadable one falls back to
 * the AppView's {@code indexedAt}. The id is the post's {@code at://} URI.
 */
final class BlueskyPosts {
    private static final String WEB = "https://bsky.app/profile/";

    private BlueskyPosts() {
    }

    static Optional<Mention> toMention(JsonNode post) {
        String uri = text(post, "uri");
        JsonNode record = post.path("record");
        String text = text(record, "text");
        if (text == null || text.isBlank()) {
            text = embedTitle(record);
        }
        if (uri == null || text == null || text.isBlank()) {
            return Optional.empty(); // a deleted or blocked post, or one with nothing to read
        }
        MentionFields fields = new MentionFields();
        try {
            fields.put("id", uri);
            fields.put("time", time(post, record));
            fields.put("text", text);
            String handle = text(post.path("author"), "handle");
            fields.put("author", handle == null ? null : "@" + handle);
            JsonNode langs = record.path("langs");
            fields.put("lang", langs.isArray() && langs.size() > 0 && langs.get(0).isTextual() ? langs.get(0).textValue() : null);
            fields.put("url", webUrl(uri, handle));
            fields.put("likes", count(post, "likeCount"));
            fields.put("shares", count(post, "repostCount"));
            fields.put("replies", count(post, "replyCount"));
            fields.put("replyTo", text(record.path("reply").path("parent"), "uri"));
            return Optional.of(fields.build());
        } catch (MentionFormatException e) {
            return Optional.empty();
        }
    }

    /** When the AppView indexed the post: the order its lists and cursors follow. */
    static Instant indexedAt(JsonNode post) {
        String v = text(post, "indexedAt");
        return v == null ? null : FeedXml.parseDate(v);
    }

    private static String time(JsonNode post, JsonNode record) {
        String created = text(record, "createdAt");
        return created != null && FeedXml.parseDate(created) != null ? created : text(post, "indexedAt");
    }

    /**
     * A post that only shares a link still reads as the link's title, one with only pictures as
     * their descriptions (as on Mastodon); with media beside a quote the media sit under {@code media}.
     */
    private static String embedTitle(JsonNode record) {
        JsonNode embed = record.path("embed");
        JsonNode media = embed.path("media").isObject() ? embed.path("media") : embed;
        String title = text(media.path("external"), "title");
        if (title != null) {
            return title;
        }
        for (JsonNode image : media.path("images")) {
            String alt = text(image, "alt");
            if (alt != null && !alt.isBlank()) {
                return "[" + alt.trim() + "]";
            }
        }
        return null;
    }

    /** https://bsky.app/profile/HANDLE/post/RKEY from at://DID/app.bsky.feed.post/RKEY. */
    private static String webUrl(String uri, String handle) {
        int slash = uri.lastIndexOf('/');
        if (!uri.startsWith("at://") || slash < 0 || !uri.contains("/app.bsky.feed.post/")) {
            return null;
        }
        String authority = handle != null ? handle : uri.substring(5, uri.indexOf('/', 5));
        return WEB + URLEncoder.encode(authority, StandardCharsets.UTF_8) + "/post/"
                + URLEncoder.encode(uri.substring(slash + 1), StandardCharsets.UTF_8);
    }

    private static Integer count(JsonNode node, String name) {
        JsonNode n = node.path(name);
        return n.canConvertToInt() && n.asInt() >= 0 ? n.asInt() : null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode n = node.path(name);
        return n.isTextual() && !n.textValue().isEmpty() ? n.textValue() : null;
    }
}
