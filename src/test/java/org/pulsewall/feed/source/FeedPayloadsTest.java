package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

/**
 * The parsers on payloads in the shapes the platforms document (test resources payloads/), field
 * by field: what a wall shows of each post.
 */
class FeedPayloadsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] payload(String name) throws IOException {
        try (InputStream in = FeedPayloadsTest.class.getResourceAsStream("payloads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<Mention> feed(String name, String url) throws IOException {
        return FeedXml.parse(payload(name), url, CLOCK);
    }

    private static List<JsonNode> statuses(String name) throws IOException {
        return StreamSupport.stream(JSON.readTree(payload(name)).spliterator(), false).toList();
    }

    @Test
    void rss2ReadsCdataAndEntityEscapedHtmlAndTheNameInAnRssAuthor() throws IOException {
        List<Mention> items = feed("rss2-cdata-escaped.xml", "https://status.example.nl/rss");
        assertThat(items).hasSize(2);
        Mention cdata = items.get(0);
        assertThat(cdata.id()).isEqualTo("storing-1201");
        assertThat(cdata.time()).isEqualTo("2026-11-24T07:15:00Z");
        assertThat(cdata.text()).isEqualTo("Storing mobiel internet Den Helder \u2014 Sinds 07:50 geen 4G in Den Helder "
                + "& Julianadorp. Monteurs zijn onderweg.");
        assertThat(cdata.author()).isEqualTo("NOC Team");
        assertThat(cdata.url()).isEqualTo("https://status.example.nl/storing/1201");
        Mention escaped = items.get(1);
        assertThat(escaped.id()).isEqualTo("https://status.example.nl/onderhoud/88");
        assertThat(escaped.url()).isEqualTo("https://status.example.nl/onderhoud/88");
        assertThat(escaped.time()).isEqualTo("2026-11-23T22:00:00Z");
        assertThat(escaped.text()).isEqualTo("Onderhoud glasvezel Utrecht \u2014 Gepland onderhoud van 00:00 tot 04:00 "
                + "\u2014 korte onderbrekingen.");
        assertThat(escaped.author()).isNull();
    }

    @Test
    void rss1RdfTakesTheRdfAboutAsIdAndDublinCoreForDateAndAuthor() throws IOException {
        Mention item = feed("rss1-rdf.xml", "https://news.example.de/rss").get(0);
        assertThat(item.id()).isEqualTo("https://news.example.de/a/7");
        assertThat(item.time()).isEqualTo("2026-11-24T14:02:00Z");
        assertThat(item.author()).isEqualTo("Jana Weber");
        assertThat(item.text()).isEqualTo("St\u00F6rung im Festnetz behoben \u2014 Seit 14 Uhr l\u00E4uft wieder alles.");
        assertThat(item.url()).isEqualTo("https://news.example.de/a/7");
    }

    @Test
    void atomEntriesWithoutAnAuthorOfTheirOwnHaveTheFeeds() throws IOException {
        List<Mention> entries = feed("atom-feed-author.xml", "https://news.example.de/atom.xml");
        Mention inherited = entries.get(0);
        assertThat(inherited.author()).isEqualTo("Redaktion Newsticker");
        assertThat(inherited.text()).isEqualTo("Mobilfunk: Netzausfall in K\u00F6ln \u2014 Seit dem Morgen kein Netz.");
        assertThat(inherited.url()).isEqualTo("https://news.example.de/meldung/1");
        assertThat(inherited.time()).isEqualTo("2026-11-24T08:30:00Z");
        Mention own = entries.get(1);
        assertThat(own.author()).isEqualTo("Max Muster");
        assertThat(own.id()).isEqualTo("tag:news.example.de,2026:2");
        assertThat(own.text()).as("type=text keeps its angle brackets").isEqualTo("Entwarnung \u2014 Wert < 5 % ist normal");
        assertThat(own.time()).isEqualTo("2026-11-24T10:00:00Z");
    }

    @Test
    void bloggerEntriesHaveTheBlogsAuthorAndTheAlternateLink() throws IOException {
        Mention post = feed("atom-blogger.xml", "https://fibrediary.blogspot.com/feeds/posts/default").get(0);
        assertThat(post.author()).isEqualTo("Pieter");
        assertThat(post.id()).isEqualTo("tag:blogger.com,1999:blog-123.post-456");
        assertThat(post.text()).isEqualTo("Day 3 without internet \u2014 Still no connection. The modem blinks red.");
        assertThat(post.url()).isEqualTo("https://fibrediary.blogspot.com/2026/11/day-3.html");
        assertThat(post.time()).isEqualTo("2026-11-20T19:00:00Z");
    }

    @Test
    void xhtmlContentKeepsItsWordsApartAndAnEntryFromElsewhereKeepsItsSourcesAuthor() throws IOException {
        Mention entry = feed("atom-xhtml-source.xml", "https://planet.example.org/atom.xml").get(0);
        assertThat(entry.text()).isEqualTo("Router firmware 2.1 \u2014 Fixes the DNS bug. Update now & reboot. faster safer");
        assertThat(entry.author()).isEqualTo("Sam Router");
        assertThat(entry.url()).isEqualTo("https://blog.example.org/firmware-2-1");
    }

    @Test
    void mediumPostsAreReadFromContentEncoded() throws IOException {
        Mention post = feed("medium.xml", "https://medium.com/feed/@eva").get(0);
        assertThat(post.text()).isEqualTo("Why our wifi died at the office \u2014 The outage At 9:00 the access points "
                + "dropped, one by one.");
        assertThat(post.id()).isEqualTo("https://medium.com/p/abc123");
        assertThat(post.author()).isEqualTo("Eva de Vries");
        assertThat(post.time()).isEqualTo("2026-11-24T08:30:00Z");
        assertThat(post.url()).isEqualTo("https://medium.com/@eva/why-our-wifi-died-abc123?source=rss-1------2");
    }

    @Test
    void wordpressShowsTheExcerptWithItsEntitiesDecoded() throws IOException {
        Mention post = feed("wordpress.xml", "https://buurt.example.nl/feed/").get(0);
        assertThat(post.text()).isEqualTo("Internet weer terug in de Vogelwijk \u2014 Na twee dagen zonder verbinding "
                + "werkt alles weer \u2018als vanouds\u2019 [\u2026]");
        assertThat(post.author()).isEqualTo("redactie");
        assertThat(post.id()).isEqualTo("https://buurt.example.nl/?p=4711");
        assertThat(post.time()).isEqualTo("2026-11-24T07:05:12Z");
    }

    @Test
    void mastodonOneWithIntegerIdsIsReadAndPagedByThem() throws IOException {
        JsonNode status = statuses("mastodon-1x-statuses.json").get(0);
        Mention m = new MastodonStatuses("mastodon.example", MastodonStatuses.ContentWarning.HIDE).toMention(status).orElseThrow();
        assertThat(MastodonStatuses.localId(status)).isEqualTo("4417822");
        assertThat(MastodonStatuses.isLater("4417823", MastodonStatuses.localId(status))).isTrue();
        assertThat(m.id()).isEqualTo("tag:mastodon.example,2017-06-12:objectId=4417822:objectType=Status");
        assertThat(m.text()).isEqualTo("Weer geen internet in Zwolle #storing");
        assertThat(m.author()).isEqualTo("@joop@mastodon.example");
        assertThat(m.time()).isEqualTo("2017-06-12T09:15:02Z");
        assertThat(m.url()).isEqualTo("https://mastodon.example/@joop/4417822");
        assertThat(m.likes()).isEqualTo(5);
        assertThat(m.shares()).isEqualTo(2);
        assertThat(m.replies()).isNull();
        assertThat(m.lang()).isNull();
    }

    @Test
    void mastodonFourBoostIsTheBoostedPostAndAContentWarningHidesTheText() throws IOException {
        List<JsonNode> list = statuses("mastodon-4x-statuses.json");
        MastodonStatuses hide = new MastodonStatuses("social.example", MastodonStatuses.ContentWarning.HIDE);
        Mention boost = hide.toMention(list.get(0)).orElseThrow();
        assertThat(MastodonStatuses.localId(list.get(0))).isEqualTo("113512345678901234");
        assertThat(boost.id()).isEqualTo("https://other.example/users/anna/statuses/113512300000000000");
        assertThat(boost.text()).isEqualTo("Storing bij @provider in Almere: status.example/x");
        assertThat(boost.author()).isEqualTo("@anna@other.example");
        assertThat(boost.time()).isEqualTo("2026-11-24T07:58:40Z");
        assertThat(boost.url()).isEqualTo("https://other.example/@anna/113512300000000000");
        assertThat(boost.lang()).isEqualTo("nl");
        assertThat(List.of(boost.likes(), boost.shares(), boost.replies())).containsExactly(12, 7, 4);
        assertThat(hide.toMention(list.get(1)).orElseThrow().text()).isEqualTo("CW: klacht & gescheld");
        assertThat(new MastodonStatuses("social.example", MastodonStatuses.ContentWarning.SHOW).toMention(list.get(1))
                .orElseThrow().text()).isEqualTo("CW: klacht & gescheld \u2014 Derde keer deze week!");
    }

    @Test
    void pleromaAndAkkomaFlakeIdsPageInOrderAndPicturesSpeakThroughTheirDescriptions() throws IOException {
        List<JsonNode> list = statuses("pleroma-statuses.json");
        MastodonStatuses statuses = new MastodonStatuses("akkoma.example", MastodonStatuses.ContentWarning.HIDE);
        Mention text = statuses.toMention(list.get(0)).orElseThrow();
        assertThat(text.id()).isEqualTo("https://akkoma.example/objects/6f7c2b0e-1a2b-4c3d-9e8f-001122334455");
        assertThat(text.text()).isEqualTo("modem says no's again third time today");
        assertThat(text.author()).isEqualTo("@lotte@akkoma.example");
        assertThat(text.url()).isEqualTo("https://akkoma.example/notice/AeZ6yUg1TdrHPwJs5Y");
        assertThat(List.of(text.likes(), text.shares())).containsExactly(3, 1);
        assertThat(text.lang()).isNull();
        assertThat(statuses.toMention(list.get(1)).orElseThrow().text()).isEqualTo("[photo of the street cabinet, door open]");
        assertThat(MastodonStatuses.isLater(MastodonStatuses.localId(list.get(1)), MastodonStatuses.localId(list.get(0)))).isTrue();
        assertThat(MastodonStatuses.isLater(MastodonStatuses.localId(list.get(0)), MastodonStatuses.localId(list.get(1)))).isFalse();
    }

    @Test
    void blueskySearchReadsAQuoteAsItsOwnTextAndAPictureOnlyPostAsItsAltText() throws IOException {
        List<JsonNode> posts = BlueskySource.posts(JSON.readTree(payload("bluesky-search-quotes.json")));
        assertThat(posts).hasSize(2);
        Mention quote = BlueskyPosts.toMention(posts.get(0)).orElseThrow();
        assertThat(quote.id()).isEqualTo("at://did:plc:aaaa1111/app.bsky.feed.post/3lbquote111");
        assertThat(quote.text()).isEqualTo("Same here, no signal since 8");
        assertThat(quote.author()).isEqualTo("@mara.bsky.social");
        assertThat(quote.url()).isEqualTo("https://bsky.app/profile/mara.bsky.social/post/3lbquote111");
        assertThat(quote.time()).isEqualTo("2026-11-24T08:20:00Z");
        assertThat(quote.lang()).isEqualTo("en");
        assertThat(List.of(quote.likes(), quote.shares(), quote.replies())).containsExactly(4, 1, 0);
        assertThat(quote.replyTo()).isNull();
        Mention picture = BlueskyPosts.toMention(posts.get(1)).orElseThrow();
        assertThat(picture.text()).isEqualTo("[speed test showing 0.1 Mbit/s]");
        assertThat(picture.lang()).isNull();
    }

    @Test
    void blueskyAuthorFeedShowsARepostAsTheOriginalPostByItsAuthorAndAReplyWithItsParent() throws IOException {
        List<JsonNode> posts = BlueskySource.posts(JSON.readTree(payload("bluesky-author-reposts.json")));
        Mention repost = BlueskyPosts.toMention(posts.get(0)).orElseThrow();
        assertThat(repost.id()).isEqualTo("at://did:plc:bbbb2222/app.bsky.feed.post/3lborig222");
        assertThat(repost.author()).isEqualTo("@tom.example.com");
        assertThat(repost.time()).isEqualTo("2026-11-24T08:05:00Z");
        assertThat(repost.text()).isEqualTo("Is the network down in Leeds?");
        assertThat(List.of(repost.likes(), repost.shares(), repost.replies())).containsExactly(9, 2, 3);
        Mention reply = BlueskyPosts.toMention(posts.get(1)).orElseThrow();
        assertThat(reply.replyTo()).isEqualTo("at://did:plc:bbbb2222/app.bsky.feed.post/3lborig222");
        assertThat(reply.author()).isEqualTo("@provider.bsky.social");
    }
}
