package org.pulsewall.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a screen PC's configuration in step with a web server. The server publishes
 * {@code manifest.json} ({@code {"files": ["wall.yaml", "playlists/lobby.yaml",
 * {"path": "media/spring.png", "sha256": "…"}]}}) and every file it lists, relative to the
 * bootstrap URL. A sync fetches the manifest with {@code If-None-Match}; when it changed, it
 * downloads the whole set into a staging directory, validates it with the same loader as
 * {@code validate}, and only then swaps it in by renaming directories. A set that does not
 * validate, or whose download fails half-way, never replaces the one playing; the last good set
 * stays on disk for a start without the server.
 *
 * <p>Layout under {@code dir}: {@code current/} (the set playing), {@code previous/} (the one before,
 * also the recovery point when a swap was interrupted), {@code etag}, {@code .staging-*}.
 */
public final class ConfigSync {
    public static final String MANIFEST = "manifest.json";
    private static final long MAX_FILE_BYTES = 2L << 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ConfigSync.class);

    /** Validates a staged set: throws with every {@code file:line} problem when it is not playable. */
    @FunctionalInterface
    public interface SetCheck {
        void check(Path setDirectory) throws ConfigException;
    }

    /** What a sync did. */
    public enum Outcome { UPDATED, UNCHANGED, REJECTED }

    private final Bootstrap bootstrap;
    private final Path dir;
    private final OkHttpClient http;
    private final SetCheck check;
    private static final String IDENTITY_FILE = ".set-identity";
    private static final String CONTENT_FILE = ".set-content";
    private String rejectedIdentity;
    private String rejectedContent;
    private List<ConfigProblem> lastProblems = List.of();
    private volatile boolean failing;

    /** @param dir where the sets live (e.g. {@code /var/lib/pulsewall/config}) */
    public ConfigSync(Bootstrap bootstrap, Path dir, OkHttpClient http, SetCheck check) {
        this.bootstrap = bootstrap;
        this.dir = dir;
        this.http = http;
        this.check = check;
    }

    /** The last good set on disk (recovering from a swap cut short), or empty before the first sync. */
    public synchronized Optional<Path> current() throws IOException {
        Path current = dir.resolve("current");
        Path previous = dir.resolve("previous");
        if (!Files.isDirectory(current) && Files.isDirectory(previous)) {
            Files.move(previous, current, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.isDirectory(current) ? Optional.of(current) : Optional.empty();
    }

    /** Problems of the last refused set (empty after a good one). */
    public synchronized List<ConfigProblem> lastProblems() {
        return lastProblems;
    }

    /**
     * One look at the server. UPDATED: {@link #current()} now holds a new, valid set.
     *
     * @throws IOException naming the URL when the server or a download failed (nothing swapped)
     */
    public synchronized Outcome syncOnce() throws IOException {
        Files.createDirectories(dir);
        Optional<Path> current = current();
        String manifestUrl = resolve(MANIFEST);
        Request.Builder request = request(manifestUrl);
        Path etagFile = dir.resolve("etag");
        if (current.isPresent() && Files.isRegularFile(etagFile)) {
            request.header("If-None-Match", Files.readString(etagFile, StandardCharsets.UTF_8).trim());
        }
        byte[] manifest;
        String etag;
        try (Response response = call(request.build(), manifestUrl)) {
            if (response.code() == 304) {
                return Outcome.UNCHANGED;
            }
            requireSuccess(response, manifestUrl);
            manifest = response.body().bytes();
            etag = response.header("ETag");
        }
        List<Entry> entries = parse(manifest, manifestUrl);
        String identity = identity(manifest, entries, etag);
        if (identity != null && current.isPresent() && identity.equals(readMark(current.get(), IDENTITY_FILE))) {
            writeEtag(etagFile, etag);
            return Outcome.UNCHANGED;
        }
        if (identity != null && identity.equals(rejectedIdentity)) {
            return Outcome.REJECTED;
        }
        Path staging = Files.createTempDirectory(dir, ".staging-");
        try {
            String content = download(entries, staging);
            if (current.isPresent() && content.equals(readMark(current.get(), CONTENT_FILE))) {
                // a server without ETags: the same files again; remember the identity to skip the next download
                writeMark(current.get(), IDENTITY_FILE, identity);
                writeEtag(etagFile, etag);
                return Outcome.UNCHANGED;
            }
            if (content.equals(rejectedContent)) {
                return Outcome.REJECTED;
            }
            writeMark(staging, IDENTITY_FILE, identity);
            writeMark(staging, CONTENT_FILE, content);
            try {
                check.check(staging);
            } catch (ConfigException e) {
                refused(e.problems(), staging, identity, content, manifestUrl);
                return Outcome.REJECTED;
            }
            swapIn(staging);
            LOG.info("configuration set from {} swapped in", manifestUrl);
            lastProblems = List.of();
            rejectedIdentity = null;
            rejectedContent = null;
            writeEtag(etagFile, etag);
            return Outcome.UPDATED;
        } finally {
            deleteTree(staging);
        }
    }

    /** Logs a refused set once, naming its files by their URLs rather than the staging directory. */
    private void refused(List<ConfigProblem> problems, Path staging, String identity, String content, String manifestUrl) {
        String stagingPrefix = staging.toString() + staging.getFileSystem().getSeparator();
        lastProblems = problems.stream().map(p -> p.file().startsWith(stagingPrefix)
                ? new ConfigProblem(bootstrap.url() + p.file().substring(stagingPrefix.length()).replace('\\', '/'),
                        p.line(), p.column(), p.message())
                : p).toList();
        rejectedIdentity = identity;
        rejectedContent = content;
        lastProblems.forEach(p -> LOG.warn("refused: {}", p));
        LOG.warn("the configuration set from {} was refused; the last good one keeps playing", manifestUrl);
    }

    /**
     * Looks for a new set at once and then every {@code bootstrap.every()} on {@code pool}; {@code onUpdate} gets the
     * current directory after each swap. Failures are logged (once per streak) and retried at the
     * next turn. Cancel the returned future to stop.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService pool, Consumer<Path> onUpdate) {
        long every = bootstrap.every().toMillis();
        return pool.scheduleWithFixedDelay(() -> runOnce(onUpdate), 0, every, TimeUnit.MILLISECONDS);
    }

    private void runOnce(Consumer<Path> onUpdate) {
        try {
            if (syncOnce() == Outcome.UPDATED) {
                onUpdate.accept(dir.resolve("current"));
            }
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot fetch the configuration set, the current one keeps playing: {}", e.toString());
            }
            failing = true;
        }
    }

    private record Entry(String path, String sha256) {
    }

    private static List<Entry> parse(byte[] manifest, String url) throws IOException {
        JsonNode files;
        try {
            files = JSON.readTree(manifest).path("files");
        } catch (IOException e) {
            throw new IOException("manifest is not JSON: " + url + ": " + e.getMessage(), e);
        }
        if (!files.isArray() || files.isEmpty()) {
            throw new IOException("manifest lists no files: " + url);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode f : files) {
            String path = f.isTextual() ? f.asText() : f.path("path").asText("");
            String sum = f.isObject() && f.hasNonNull("sha256") ? f.get("sha256").asText() : null;
            entries.add(new Entry(safeRelative(path, url), sum));
        }
        return entries;
    }

    /** A manifest names files inside the set only: no absolute paths, no {@code ..}. */
    private static String safeRelative(String path, String url) throws IOException {
        Path p = Path.of(path).normalize();
        if (path.isBlank() || p.isAbsolute() || p.startsWith("..") || path.startsWith("/") || path.contains("\\")
                || p.getFileName().toString().startsWith(".")) {
            throw new IOException("manifest entry '" + path + "' is not a file inside the set: " + url);
        }
        return p.toString().replace('\\', '/');
    }

    /** Downloads every entry; returns a digest of the whole set (paths and contents). */
    private String download(List<Entry> entries, Path staging) throws IOException {
        MessageDigest set = sha256();
        for (Entry e : entries.stream().sorted(java.util.Comparator.comparing(Entry::path)).toList()) {
            String url = resolve(e.path());
            Path target = staging.resolve(e.path());
            Files.createDirectories(target.getParent());
            try (Response response = call(request(url).build(), url)) {
                requireSuccess(response, url);
                String sum = copyLimited(response.body(), target, url);
                if (e.sha256() != null && !e.sha256().equalsIgnoreCase(sum)) {
                    throw new IOException("sha256 mismatch for " + url + ": manifest says " + e.sha256() + ", got " + sum);
                }
                set.update((e.path() + ":" + sum + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(set.digest());
    }

    private static String copyLimited(ResponseBody body, Path target, String url) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body.byteStream(); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new IOException("file larger than " + MAX_FILE_BYTES + " bytes: " + url);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(url) ? e
                    : new IOException("download failed: " + url + ": " + e, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Two renames: current → previous, staging → current; {@link #current()} repairs a cut between them. */
    private void swapIn(Path staging) throws IOException {
        Path current = dir.resolve("current");
        Path previous = dir.resolve("previous");
        if (Files.isDirectory(current)) {
            deleteTree(previous);
            Files.move(current, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, current, StandardCopyOption.ATOMIC_MOVE);
    }

    private String resolve(String relative) throws IOException {
        HttpUrl base = HttpUrl.parse(bootstrap.url());
        HttpUrl url = base == null ? null : base.resolve(relative);
        if (url == null) {
            throw new IOException("not an http(s) URL: " + bootstrap.url() + relative);
        }
        return url.toString();
    }

    private Request.Builder request(String url) {
        Request.Builder b = new Request.Builder().url(url);
        if (bootstrap.token() != null) {
            b.header("Authorization", "Bearer " + bootstrap.token());
        }
        return b;
    }

    private static void requireSuccess(Response response, String url) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException("HTTP " + response.code() + " from " + url);
        }
    }

    /**
     * What names a set without downloading it: the manifest itself when it pins every file by
     * checksum, else the server's ETag; null when neither (every change then downloads the set).
     */
    private static String identity(byte[] manifest, List<Entry> entries, String etag) {
        if (entries.stream().allMatch(e -> e.sha256() != null)) {
            return "sha256:" + sha256(manifest);
        }
        return etag == null ? null : "etag:" + etag;
    }

    private static String readMark(Path set, String name) throws IOException {
        Path file = set.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
    }

    private static void writeMark(Path set, String name, String value) throws IOException {
        Files.writeString(set.resolve(name), value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private Response call(Request request, String url) throws IOException {
        try {
            return http.newCall(request).execute();
        } catch (IOException e) {
            throw new IOException(url + ": " + e.getMessage(), e);
        }
    }

    private static void writeEtag(Path file, String etag) throws IOException {
        if (etag == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, etag, StandardCharsets.UTF_8);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
