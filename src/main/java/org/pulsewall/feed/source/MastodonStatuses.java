package org.pulsewall.feed.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionFields;
import org.pulsewall.feed.MentionFormatException;

/**
 * Turns Mastodon status JSON (REST timelines and streaming {@code update} events) into mentions.
 * A boost becomes the boosted post, with the post's own id, so that the post and its boosts count
 * once. A post behind a content warning shows only the warning unless the wall asks for more.
 * The id is the post's global {@code uri}, the same on every instance that shows it.
 */
final class MastodonStatuses {
    /** What to show of a post behind a content warning. */
    enum ContentWarning { HIDE, SHOW }

    private final String instanceHost;
    private final ContentWarning contentWarning;

    MastodonStatuses(String instanceHost, ContentWarning contentWarning) {
        this.instanceHost = instanceHost;
        this.contentWarning = contentWarning;
    }

    /** The mention for a status; empty when it has nothing to show or lacks an id or a readable time. */
    Optional<Mention> toMention(JsonNode status) {
        if (status == null || !status.isObject()) {
            return Optional.empty();
        }
        JsonNode post = status.path("reblog").isObject() ? status.get("reblog") : status;
        String localId = text(post, "id");
        String id = text(post, "uri") != null ? text(post, "uri") : localId == null ? null : instanceHost + "/" + localId;
        String text = shownText(post);
        if (id == null || text.isEmpty()) {
            return Optional.empty();
        }
        MentionFields fields = new MentionFields();
        try {
            fields.put("id", id);
            fields.put("time", text(post, "created_at"));
            fields.put("text", text);
            fields.put("author", author(post.path("account")));
            fields.put("lang", text(post, "language"));
            fields.put("url", text(post, "url") != null ? text(post, "url") : text(post, "uri"));
            fields.put("likes", count(post, "favourites_count"));
            fields.put("shares", count(post, "reblogs_count"));
            fields.put("replies", count(post, "replies_count"));
            return Optional.of(fields.build());
        } catch (MentionFormatException e) {
            return Optional.empty();
        }
    }

    /** The local id of the status as listed (the boost's own id for a boost): the paging cursor. */
    static String localId(JsonNode status) {
        return text(status, "id");
    }

    /** True when {@code a} is a later Mastodon id than {@code b}; ids are numbers written as strings. */
    static boolean isLater(String a, String b) {
        if (b == null) {
            return a != null;
        }
        if (a == null) {
            return false;
        }
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
    }

    private String shownText(JsonNode post) {
        String content = HtmlText.toPlain(text(post, "content"));
        if (content.isEmpty()) {
            content = mediaDescription(post);
        }
        String warning = text(post, "spoiler_text");
        if (warning == null || warning.isBlank()) {
            return content;
        }
        String cw = "CW: " + HtmlText.decodeEntities(warning.trim());
        return contentWarning == ContentWarning.SHOW && !content.isEmpty() ? cw + " \u2014 " + content : cw;
    }

    /** A post with only pictures still says something through their descriptions. */
    private static String mediaDescription(JsonNode post) {
        for (JsonNode media : post.path("media_attachments")) {
            String d = text(media, "description");
            if (d != null && !d.isBlank()) {
                return "[" + d.trim() + "]";
            }
        }
        return "";
    }

    private String author(JsonNode account) {
        String acct = text(account, "acct");
        if (acct == null) {
            return null;
        }
        return "@" + (acct.indexOf('@') < 0 ? acct + "@" + instanceHost : acct);
    }

    private static Integer count(JsonNode node, String name) {
        JsonNode n = node.path(name);
        return n.canConvertToInt() && n.asInt() >= 0 ? n.asInt() : null;
    }

    static String text(JsonNode node, String name) {
        JsonNode n = node.path(name);
        if (n.isIntegralNumber()) { // Mastodon before 2.0 sent ids as JSON numbers
            return n.asText();
        }
        return n.isTextual() && !n.textValue().isEmpty() ? n.textValue() : null;
    }
}
