package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.Fx;
import org.testfx.util.WaitForAsyncUtils;

/** A web page from a server on loopback: loads, reloads, stays on its site, gives up when too slow. */
class WebSceneTest {
    private HttpServer server;
    private HttpServer otherSite;
    private String elsewhere;
    private final AtomicInteger awayHits = new AtomicInteger();
    private final AtomicInteger trackerHits = new AtomicInteger();
    private final AtomicInteger dashboardHits = new AtomicInteger();
    private final AtomicInteger leavesHits = new AtomicInteger();
    private final AtomicInteger blanksHits = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void startServer() throws Exception {
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/away", ex -> {
            awayHits.incrementAndGet();
            respond(ex, "<html><body>somewhere else</body></html>");
        });
        otherSite.createContext("/tracker.js", ex -> {
            trackerHits.incrementAndGet();
            respond(ex, "document.getElementById('figure').textContent = 'tracked';");
        });
        otherSite.start();
        elsewhere = "http://127.0.0.1:" + otherSite.getAddress().getPort();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dashboard", ex -> {
            dashboardHits.incrementAndGet();
            respond(ex, "<html><body><h1 id='figure'>42</h1></body></html>");
        });
        server.createContext("/leaves", ex -> {
            leavesHits.incrementAndGet();
            respond(ex,
                "<html><body><script>if (!sessionStorage.left) { sessionStorage.left = 1; "
                    + "location.href='" + elsewhere + "/away'; }</script></body></html>");
        });
        server.createContext("/blanks", ex -> {
            blanksHits.incrementAndGet();
            respond(ex, "<html><body><h1 id='figure'>42</h1><script>if (!sessionStorage.blanked) {"
                    + " sessionStorage.blanked = 1; setTimeout(function() { location.href = 'about:blank'; }, 200); }"
                    + "</script></body></html>");
        });
        server.createContext("/embeds", ex -> respond(ex, "<html><body><h1 id='figure'>42</h1><script src='"
                + elsewhere + "/tracker.js'></script></body></html>"));
        server.createContext("/slow", ex -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, "<html>late</html>");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String html) throws java.io.IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        otherSite.stop(0);
    }

    private static WebScene web(Map<String, String> params) throws Exception {
        PlaylistItem item = new PlaylistItem("web", Duration.ofSeconds(30), params, null, "playlists/test.yaml", 11);
        return Fx.call(() -> new WebScene(new SceneContext(item, ProfanityPolicy.MASK, m -> true, SampleFeed.CLOCK,
                ConfigBase.directory(Path.of(".")))));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Fx.call(condition));
    }

    @Test
    void loadsThePageAndReloadsItOnSchedule() throws Exception {
        WebScene scene = web(Map.of("url", base + "/dashboard", "reload", "1s"));
        waitUntil(scene::loaded);
        assertThat(Fx.call(() -> scene.engine().executeScript("document.getElementById('figure').textContent")))
                .isEqualTo("42");
        Fx.run(scene::play);
        waitUntil(() -> dashboardHits.get() >= 2);
        assertThat(scene.finished()).isFalse();
        Fx.run(scene::close);
        assertThat(scene.reloadTimeline().getStatus()).isEqualTo(javafx.animation.Animation.Status.STOPPED);
    }

    @Test
    void pageThatGoesToAnotherSiteIsBroughtBack() throws Exception {
        WebScene scene = web(Map.of("url", base + "/leaves", "javascript", "true"));
        waitUntil(() -> leavesHits.get() >= 2 && scene.loaded());
        assertThat(awayHits.get()).isZero();
        assertThat(scene.sameSite(elsewhere + "/away")).isFalse();
        assertThat(scene.sameSite(base + "/other")).isTrue();
        assertThat(Fx.call(() -> scene.engine().getLocation())).startsWith(base);
        Fx.run(scene::close);
    }

    @Test
    void pageLoadsNothingFromAnotherSiteItsItemDoesNotAllow() throws Exception {
        WebScene scene = web(Map.of("url", base + "/embeds"));
        waitUntil(scene::loaded);
        waitUntil(() -> WebSiteGuard.installed().refused() > 0);
        assertThat(trackerHits.get()).isZero();
        assertThat(Fx.call(() -> scene.engine().executeScript("document.getElementById('figure').textContent")))
                .isEqualTo("42");
        Fx.run(scene::close);
    }

    @Test
    void pageLoadsFromAHostItsItemAllows() throws Exception {
        WebScene scene = web(Map.of("url", base + "/embeds", "allow", "127.0.0.1:" + otherSite.getAddress().getPort()));
        waitUntil(() -> scene.loaded() && "tracked".equals(scene.engine().executeScript(
                "document.getElementById('figure').textContent")));
        assertThat(trackerHits.get()).isEqualTo(1);
        Fx.run(scene::close);
    }

    @Test
    void feedsStillReachEveryHostWhileAPageIsGuarded() throws Exception {
        WebScene scene = web(Map.of("url", base + "/dashboard"));
        waitUntil(scene::loaded);
        try (okhttp3.Response response = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                .url(elsewhere + "/away").build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(awayHits.get()).isEqualTo(1);
        Fx.run(scene::close);
    }

    @Test
    void pageThatBlanksItselfIsBroughtBack() throws Exception {
        WebScene scene = web(Map.of("url", base + "/blanks", "javascript", "true"));
        waitUntil(() -> blanksHits.get() >= 2 && scene.loaded()
                && "42".equals(scene.engine().executeScript("document.getElementById('figure') && "
                        + "document.getElementById('figure').textContent")));
        assertThat(Fx.call(() -> scene.engine().getLocation())).isEqualTo(base + "/blanks");
        Fx.run(scene::close);
    }

    @Test
    void pageThatDoesNotLoadInTimeEndsTheItem() throws Exception {
        WebScene scene = web(Map.of("url", base + "/slow", "timeout", "1s"));
        waitUntil(scene::finished);
        assertThat(scene.loaded()).isFalse();
        Fx.run(scene::close);
    }

    @Test
    void onlyHttpAddressesAreShown() {
        assertThatThrownBy(() -> web(Map.of("url", "file:///etc/passwd")))
                .hasStackTraceContaining("playlists/test.yaml:11").hasStackTraceContaining("http");
    }
}
