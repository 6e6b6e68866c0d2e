package org.pulsewall.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * {@code manifest.json} ({@code {"files": [{"path": "wall.yaml", "sha256": "…"}, …]}}), its
 * Ed25519 signature {@code manifest.json.sig} and every file it lists, relative to the bootstrap
 * URL ({@link SignedManifest}). A sync fetches the manifest with {@code If-None-Match}; when it
 * changed, it checks the signature, downloads the whole set into a staging directory (each file
 * against its sha256, within the size caps), validates and trial-builds it with {@link SetCheck},
 * and only then swaps it in by renaming directories. A set that does not validate, or whose
 * download fails half-way, never replaces the one playing; the last good set stays on disk for a
 * start without the server.
 *
 * <p>A swapped-in set is on trial until {@link #confirm()}: when applying it fails
 * ({@link #rollBack}) or the player starts on it {@value #TRIAL_STARTS} times without confirming,
 * the previous set comes back and the refused one is not fetched again.
 *
 * <p>Layout under {@code dir}: {@code current/} (the set playing), {@code previous/} (the one before,
 * also the recovery point when a swap was interrupted), {@code etag}, {@code refused},
 * {@code .staging-*}.
 */
public final class ConfigSync {
    public static final String MANIFEST = "manifest.json";
    /** Starts on a set on trial after which, unconfirmed, it is taken for one that cannot start. */
    static final int TRIAL_STARTS = 2;
    /** How long a new set plays before it counts as good. */
    static final java.time.Duration CONFIRM_AFTER = java.time.Duration.ofMinutes(1);
    private static final String TRIAL_FILE = ".set-trial";
    private static final String REFUSED_FILE = "refused";
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

    /**
     * The set to start with, counting the start when it is on trial: a set that has been started
     * {@value #TRIAL_STARTS} times without {@link #confirm()} is taken for one that cannot start,
     * and the previous set comes back.
     */
    public synchronized Optional<Path> startingSet() throws IOException {
        Optional<Path> current = current();
        if (current.isEmpty() || !Files.isRegularFile(current.get().resolve(TRIAL_FILE))) {
            return current;
        }
        String count = readMark(current.get(), TRIAL_FILE);
        int starts = count.matches("\\d{1,3}") ? Integer.parseInt(count) : 0;
        if (starts >= TRIAL_STARTS && rollBack("it was started " + starts + " times and never ran long enough")) {
            return current();
        }
        writeMark(current.get(), TRIAL_FILE, String.valueOf(starts + 1));
        return current;
    }

    /** The set playing has run long enough (or applied without error): it is no longer on trial. */
    public synchronized void confirm() throws IOException {
        Optional<Path> current = current();
        if (current.isPresent()) {
            Files.deleteIfExists(current.get().resolve(TRIAL_FILE));
        }
    }

    /**
     * Puts the previous set back because the current one cannot be played; the refused set is
     * remembered so that it is not fetched again. False when there is no previous set or the set
     * playing is not on trial.
     */
    public synchronized boolean rollBack(String why) throws IOException {
        Path current = dir.resolve("current");
        Path previous = dir.resolve("previous");
        if (!Files.isDirectory(previous) || !Files.isRegularFile(current.resolve(TRIAL_FILE))) {
            return false;
        }
        String identity = readMark(current, IDENTITY_FILE);
        Path refused = dir.resolve(".refused-set");
        deleteTree(refused);
        Files.move(current, refused, StandardCopyOption.ATOMIC_MOVE);
        Files.move(previous, current, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(refused);
        Files.writeString(dir.resolve(REFUSED_FILE), identity, StandardCharsets.UTF_8);
        Files.deleteIfExists(dir.resolve("etag"));
        rejectedIdentity = identity;
        LOG.warn("the configuration set {} was rolled back because {}; the previous set plays again", identity, why);
        return true;
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
            manifest = readCapped(response.body(), SignedManifest.MAX_MANIFEST_BYTES, manifestUrl);
            etag = response.header("ETag");
        }
        List<SignedManifest.Entry> entries = SignedManifest.read(manifest, signature(), bootstrap.publicKey(),
                HttpUrl.get(bootstrap.url()), manifestUrl);
        String identity = "sha256:" + sha256(manifest);
        if (current.isPresent() && identity.equals(readMark(current.get(), IDENTITY_FILE))) {
            writeEtag(etagFile, etag);
            return Outcome.UNCHANGED;
        }
        if (identity.equals(rejectedIdentity) || identity.equals(readMark(dir, REFUSED_FILE))) {
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
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // the trial build failed where play would have: the set cannot start
                refused(List.of(new ConfigProblem(bootstrap.url() + "wall.yaml", 0, "the set cannot be built: " + e)),
                        staging, identity, content, manifestUrl);
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
        pool.schedule(this::confirmQuietly, CONFIRM_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        return pool.scheduleWithFixedDelay(() -> runOnce(onUpdate, pool), 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * One turn of the schedule. A swapped-in set that {@code onUpdate} cannot apply (it throws) is
     * rolled back and the previous set applied again; one that applies is confirmed after
     * {@link #CONFIRM_AFTER} of playing.
     */
    void runOnce(Consumer<Path> onUpdate, ScheduledExecutorService pool) {
        try {
            if (syncOnce() == Outcome.UPDATED) {
                try {
                    onUpdate.accept(dir.resolve("current"));
                    pool.schedule(this::confirmQuietly, CONFIRM_AFTER.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RuntimeException e) {
                    if (rollBack("it could not be applied: " + e.getMessage())) {
                        onUpdate.accept(dir.resolve("current"));
                    }
                }
            }
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot fetch the configuration set, the current one keeps playing: {}", e.toString());
            }
            failing = true;
        }
    }

    private void confirmQuietly() {
        try {
            confirm();
        } catch (IOException e) {
            LOG.warn("cannot mark the configuration set as good: {}", e.toString());
        }
    }

    /** The manifest's signature, {@value SignedManifest#SIGNATURE} beside it. */
    private byte[] signature() throws IOException {
        String url = resolve(SignedManifest.SIGNATURE);
        try (Response response = call(request(url).build(), url)) {
            requireSuccess(response, url);
            return readCapped(response.body(), 1024, url);
        }
    }

    private static byte[] readCapped(ResponseBody body, int max, String url) throws IOException {
        byte[] bytes = body.byteStream().readNBytes(max + 1);
        if (bytes.length > max) {
            throw new IOException("larger than " + max + " bytes: " + url);
        }
        return bytes;
    }

    /** Downloads every entry; returns a digest of the whole set (paths and contents). */
    private String download(List<SignedManifest.Entry> entries, Path staging) throws IOException {
        MessageDigest set = sha256();
        long[] total = {0};
        for (SignedManifest.Entry e : entries.stream().sorted(java.util.Comparator.comparing(SignedManifest.Entry::path))
                .toList()) {
            String url = e.url().toString();
            Path target = staging.resolve(e.path()).normalize();
            if (!target.startsWith(staging)) {
                throw new IOException("manifest entry '" + e.path() + "' leaves the set");
            }
            Files.createDirectories(target.getParent());
            try (Response response = call(request(url).build(), url)) {
                requireSuccess(response, url);
                String sum = copyLimited(response.body(), target, url, total);
                if (!e.sha256().equalsIgnoreCase(sum)) {
                    throw new IOException("sha256 mismatch for " + url + ": manifest says " + e.sha256() + ", got " + sum);
                }
                set.update((e.path() + ":" + sum + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(set.digest());
    }

    private static String copyLimited(ResponseBody body, Path target, String url, long[] setTotal) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body.byteStream(); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                setTotal[0] += n;
                if (total > SignedManifest.MAX_FILE_BYTES) {
                    throw new IOException("file larger than " + SignedManifest.MAX_FILE_BYTES + " bytes: " + url);
                }
                if (setTotal[0] > SignedManifest.MAX_SET_BYTES) {
                    throw new IOException("set larger than " + SignedManifest.MAX_SET_BYTES + " bytes at " + url);
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
        writeMark(staging, TRIAL_FILE, "0");
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
