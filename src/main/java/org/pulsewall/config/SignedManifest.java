package org.pulsewall.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A configuration set's {@code manifest.json}, trusted only when {@code manifest.json.sig} is its
 * Ed25519 signature by the key pinned in bootstrap.yaml (docs/security.md). Every entry names a
 * file inside the set by a plain relative path and pins it by {@code sha256}; its URL keeps the
 * bootstrap URL's scheme, host and port and stays under its path, so no entry can send the
 * bootstrap token elsewhere.
 */
final class SignedManifest {
    static final String SIGNATURE = "manifest.json.sig";
    static final int MAX_MANIFEST_BYTES = 256 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_FILE_BYTES = 512L << 20;
    static final long MAX_SET_BYTES = 1L << 30;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file of the set: its path inside the set, its URL and its checksum. */
    record Entry(String path, HttpUrl url, String sha256) {
    }

    private SignedManifest() {
    }

    /**
     * The entries of a manifest whose signature checks out.
     *
     * @throws IOException naming {@code manifestUrl} and what is wrong; nothing of an unsigned manifest is read
     */
    static List<Entry> read(byte[] manifest, byte[] signature, PublicKey key, HttpUrl base, String manifestUrl)
            throws IOException {
        if (!verified(manifest, signature, key)) {
            throw new IOException("manifest signature does not match the key in bootstrap.yaml: " + manifestUrl);
        }
        JsonNode files;
        try {
            files = JSON.readTree(manifest).path("files");
        } catch (IOException e) {
            throw new IOException("manifest is not JSON: " + manifestUrl + ": " + e.getMessage(), e);
        }
        if (!files.isArray() || files.isEmpty()) {
            throw new IOException("manifest lists no files: " + manifestUrl);
        }
        if (files.size() > MAX_ENTRIES) {
            throw new IOException("manifest lists " + files.size() + " files, at most " + MAX_ENTRIES + ": " + manifestUrl);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode f : files) {
            String path = f.isTextual() ? f.asText() : f.path("path").asText("");
            String sum = f.path("sha256").asText("");
            if (!SHA256.matcher(sum).matches()) {
                throw new IOException("manifest entry '" + path + "' has no sha256: " + manifestUrl);
            }
            Entry entry = new Entry(path, fileUrl(base, path, manifestUrl), sum.toLowerCase(java.util.Locale.ROOT));
            if (!seen.add(path)) {
                throw new IOException("manifest lists '" + path + "' twice: " + manifestUrl);
            }
            entries.add(entry);
        }
        return entries;
    }

    /** Reads a signature as 64 raw bytes or as base64 text. */
    static boolean verified(byte[] manifest, byte[] signature, PublicKey key) {
        try {
            byte[] raw = signature.length == 64 ? signature
                    : Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip());
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update(manifest);
            return ed.verify(raw);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The URL of {@code path} under {@code base}: a plain relative path ({@code playlists/lobby.yaml})
     * whose URL has the base's scheme, host and port and lies under its path.
     */
    static HttpUrl fileUrl(HttpUrl base, String path, String manifestUrl) throws IOException {
        Optional<String> problem = ConfigPaths.configFileProblem(path);
        if (path.isBlank() || problem.isPresent() || path.startsWith(".") || path.contains("/.")) {
            throw new IOException("manifest entry '" + path + "' is not a file inside the set: " + manifestUrl);
        }
        HttpUrl url = base.resolve(path);
        if (url == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
                || url.port() != base.port() || !url.encodedPath().startsWith(base.encodedPath())) {
            throw new IOException("manifest entry '" + path + "' leaves " + base + ": " + manifestUrl);
        }
        return url;
    }
}
