package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.testing.MockHttp;
import org.pulsewall.testing.MutableClock;

class RssSourceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");
    @RegisterExtension
    final MockHttp web = new MockHttp();
    private final MockWebServer server = web.server();
    private final OkHttpClient http = web.client();
    private final SourceFactory factory = new SourceFactory(http, new MutableClock(T0));

    private static String fixture(String name) throws IOException {
        try (InputStream in = RssSourceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private List<Mention> pollFixture(String name) throws Exception {
        server.enqueue(new MockResponse().setBody(fixture(name)).setHeader("Content-Type", "application/xml"));
        return source().poll();
    }

    private FeedSource source() {
        return factory.create(new SourceConfig("news", "rss", Duration.ofMinutes(5),
                Map.of("url", server.url("/feeds/main.xml").toString()), "wall.yaml", 9), ConfigBase.classpath("/x"));
    }

    @Test
    void readsRss2ItemsAsPlainTextWithResolvedLinks() throws Exception {
        List<Mention> got = pollFixture("rss2.xml");
        assertThat(got).hasSize(2);
        Mention first = got.get(0);
        assertThat(first.id()).isEqualTo("news-1");
        assertThat(first.time()).isEqualTo(Instant.parse("2026-11-23T09:15:00Z"));
        assertThat(first.text()).isEqualTo("Storing op Texel verholpen \u2014 De storing in Den Burg is opgelost. "
                + "Excuses voor het ongemak & dank voor het geduld.");
        assertThat(first.url()).isEqualTo(server.url("/nieuws/texel").toString());
        assertThat(first.author()).isEqualTo("Redactie");
        Mention second = got.get(1);
        assertThat(second.id()).isEqualTo("https://news.example/nieuws/glasvezel");
        assertThat(second.text()).isEqualTo("Glasvezel in Eindhoven & Tilburg \u2014 Aanleg start volgende week \u20AC 0 aansluitkosten");
    }

    @Test
    void readsAtomEntries() throws Exception {
        List<Mention> got = pollFixture("atom.xml");
        assertThat(got).extracting(Mention::id).containsExactly("urn:status:42", "urn:status:43");
        Mention first = got.get(0);
        assertThat(first.time()).isEqualTo(Instant.parse("2026-11-23T09:05:00Z"));
        assertThat(first.text()).isEqualTo("Kein Netz in Aachen \u2014 Wir arbeiten daran\u2026");
        assertThat(first.url()).isEqualTo(server.url("/feeds/incidents/42").toString());
        assertThat(first.author()).isEqualTo("NOC");
        assertThat(got.get(1).text()).isEqualTo("Gel\u00F6st \u2014 Alles wieder gut");
        assertThat(got.get(1).time()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    void readsRss1Rdf() throws Exception {
        List<Mention> got = pollFixture("rdf.xml");
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("https://old.example/1");
            assertThat(m.time()).isEqualTo(Instant.parse("2026-11-23T02:00:00Z"));
        });
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><guid>1</guid><title>&x;</title></item></channel></rss>";
        server.enqueue(new MockResponse().setBody(xxe));
        assertThatThrownBy(() -> source().poll()).isInstanceOf(IOException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void notAFeedFailsWithTheUrl() {
        server.enqueue(new MockResponse().setBody("<html><body>hi</body></html>"));
        assertThatThrownBy(() -> source().poll()).isInstanceOf(IOException.class).hasMessageContaining("/feeds/main.xml");
    }

    @Test
    void sharesConditionalRequestsWithHttpJson() throws Exception {
        server.enqueue(new MockResponse().setBody(fixture("rss2.xml")).setHeader("ETag", "W/\"abc\""));
        server.enqueue(new MockResponse().setResponseCode(304));
        FeedSource src = source();
        assertThat(src.poll()).hasSize(2);
        assertThat(src.poll()).isEmpty();
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("If-None-Match")).isEqualTo("W/\"abc\"");
    }

    @Test
    void htmlStripperDropsScriptsAndDecodesEntities() {
        assertThat(HtmlText.toPlain("<div>a<style>x{}</style>&#x1F600; &#233;t&eacute; &unknown; <a href=\"x\">link</a></div>"))
                .isEqualTo("a \uD83D\uDE00 \u00E9t\u00E9 &unknown; link");
    }

    @Test
    void inlineTagsJoinTheirNeighboursAndHiddenLinkPartsGo() {
        assertThat(HtmlText.toPlain("<p>Zie <a href=\"https://www.example.org/a/b\"><span class=\"invisible\">https://www.</span>"
                + "<span class=\"ellipsis\">example.org/a</span><span class=\"invisible\">/b</span></a></p><p>#<span>kpn</span>"
                + "<br>n<b>o</b>g</p>")).isEqualTo("Zie example.org/a #kpn nog");
    }
}
