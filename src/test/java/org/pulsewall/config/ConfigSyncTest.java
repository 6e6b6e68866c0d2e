package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSyncTest {
    private static final String MANIFEST = "{\"files\": [\"wall.yaml\", \"playlists/lobby.yaml\", \"themes/brand.css\"]}";
    private static final String WALL = "screens:\n  - { monitor: 1, playlist: lobby, theme: brand }\n";
    private static final String LOBBY = "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n";

    private static final java.security.KeyPair KEYS = ed25519();
    @TempDir
    Path state;
    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> files = new ConcurrentHashMap<>();
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    private final WallConfigLoader loader = new WallConfigLoader(ConfigChecks.NONE, null);

    @BeforeEach
    void serve() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath().replaceFirst("^/wall/lobby-01/", "");
                MockResponse r = files.get(path);
                if (r == null) {
                    return new MockResponse().setResponseCode(404);
                }
                String etag = r.getHeaders().get("ETag");
                if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304);
                }
                return r;
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private void publish(String etag, String manifest, String wall, String lobby) {
        files.put("manifest.json", new MockResponse().setBody(manifest).setHeader("ETag", etag));
        files.put("wall.yaml", new MockResponse().setBody(wall));
        files.put("playlists/lobby.yaml", new MockResponse().setBody(lobby));
        files.put("themes/brand.css", new MockResponse().setBody(".pw-screen { }"));
    }

    private ConfigSync sync() {
        Bootstrap bootstrap = new Bootstrap(server.url("/wall/lobby-01/").toString(), Duration.ofMinutes(5), "s3cret", KEYS.getPublic(), java.util.List.of());
        return new ConfigSync(bootstrap, state.resolve("config"), http,
                dir -> loader.load(ConfigBase.directory(dir)));
    }

    private String playing(String file) throws IOException {
        return Files.readString(state.resolve("config/current").resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void appliesAValidSetAndSendsTheToken() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        ConfigSync sync = sync();

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UPDATED);

        assertThat(sync.current()).contains(state.resolve("config/current"));
        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
        assertThat(loader.load(ConfigBase.directory(sync.current().orElseThrow())).playlists()).containsKey("lobby");
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void notModifiedManifestChangesNothing() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        ConfigSync sync = sync();
        sync.syncOnce();
        int requests = server.getRequestCount();

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UNCHANGED);

        assertThat(server.getRequestCount()).isEqualTo(requests + 1);
        assertThat(Files.exists(state.resolve("config/previous"))).isFalse();
    }

    @Test
    void refusesASetThatDoesNotValidateAndKeepsTheOldOne() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        ConfigSync sync = sync();
        sync.syncOnce();
        publish("\"v2\"", MANIFEST, WALL, LOBBY + "  - { scene: bogus, duration: 1s }\n");

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
        assertThat(sync.lastProblems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith(server.url("/wall/lobby-01/playlists/lobby.yaml").toString()).contains("bogus"));
        assertThat(leftoverStaging()).isFalse();
    }

    @Test
    void sameFilesFromAServerWithoutETagsAreNotSwappedAgain() throws Exception {
        files.clear();
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        files.replaceAll((path, response) -> response.removeHeader("ETag"));
        ConfigSync sync = sync();
        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UPDATED);

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UNCHANGED);
        assertThat(Files.exists(state.resolve("config/previous"))).isFalse();
    }

    @Test
    void aRefusedSetIsValidatedOnlyOnce() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY + "  - { scene: bogus, duration: 1s }\n");
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        ConfigSync sync = new ConfigSync(new Bootstrap(server.url("/wall/lobby-01/").toString(), Duration.ofMinutes(5), null, KEYS.getPublic(), java.util.List.of()),
                state.resolve("config"), http, dir -> {
                    checks.incrementAndGet();
                    loader.load(ConfigBase.directory(dir));
                });

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);
        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(checks).hasValue(1);
        assertThat(sync.current()).isEmpty();
    }

    @Test
    void partialDownloadFailureSwapsNothing() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        ConfigSync sync = sync();
        sync.syncOnce();
        publish("\"v2\"", MANIFEST, WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        files.put("themes/brand.css", new MockResponse().setResponseCode(503));

        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("HTTP 503 from " + server.url("/wall/lobby-01/themes/brand.css"));

        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
        assertThat(playing("wall.yaml")).isEqualTo(WALL);
        assertThat(leftoverStaging()).isFalse();
    }

    @Test
    void serverDownAtStartLeavesTheLastGoodSetOnDisk() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        sync().syncOnce();
        server.shutdown();

        ConfigSync restarted = sync();
        assertThatThrownBy(restarted::syncOnce).isInstanceOf(IOException.class)
                .hasMessageContaining("/wall/lobby-01/manifest.json");

        Path current = restarted.current().orElseThrow();
        assertThat(loader.load(ConfigBase.directory(current)).playlists()).containsKey("lobby");
    }

    @Test
    void recoversTheLastGoodSetWhenASwapWasCutBetweenItsTwoRenames() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        ConfigSync sync = sync();
        sync.syncOnce();
        Files.move(state.resolve("config/current"), state.resolve("config/previous"));

        assertThat(sync().current()).contains(state.resolve("config/current"));
        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
    }

    @Test
    void refusesManifestEntriesOutsideTheSet() throws Exception {
        publish("\"v1\"", "{\"files\": [\"wall.yaml\", \"../../etc/passwd\"]}", WALL, LOBBY);

        assertThatThrownBy(sync()::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("../../etc/passwd");
        assertThat(sync().current()).isEmpty();
    }

    @Test
    void refusesAFileWhoseChecksumDiffersFromTheManifest() throws Exception {
        publish("\"v1\"", "{\"files\": [\"wall.yaml\", \"playlists/lobby.yaml\","
                + " {\"path\": \"themes/brand.css\", \"sha256\": \"00\"}]}", WALL, LOBBY);

        assertThatThrownBy(sync()::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("sha256 mismatch");
        assertThat(sync().current()).isEmpty();
    }

    @Test
    void scheduledSyncHandsEachSwappedSetToTheScreens() throws Exception {
        publish("\"v1\"", MANIFEST, WALL, LOBBY);
        BlockingQueue<Path> swapped = new LinkedBlockingQueue<>();
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();
        try {
            sync().start(pool, swapped::add);
            assertThat(swapped.poll(10, TimeUnit.SECONDS)).isEqualTo(state.resolve("config/current"));
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean leftoverStaging() throws IOException {
        try (var list = Files.list(state.resolve("config"))) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith(".staging-"));
        }
    }

    private static java.security.KeyPair ed25519() {
        try {
            return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
