package org.pulsewall.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.moderation.ProfanityFilter;
import org.pulsewall.moderation.TextMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall's profanity filter plus words added while it plays ({@code POST /moderation}): block
 * words are masked like the bundled list, allow words cancel what they overlap. The added words
 * are kept in a file in the state directory, so they survive a restart; each change rebuilds the
 * filter and tells the listeners (the hub moderates what is on screen again).
 */
public final class LiveModeration implements TextMasker {
    private static final Logger LOG = LoggerFactory.getLogger(LiveModeration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_WORDS = 1_000;
    static final int MAX_WORD_LENGTH = 60;

    /** The words added live. */
    public record Words(List<String> block, List<String> allow) {
        public Words {
            block = List.copyOf(block);
            allow = List.copyOf(allow);
        }
    }

    private final ModerationConfig base;
    private final Path file;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Words words;
    private volatile ProfanityFilter filter;

    /** @param file where the added words are kept (created on the first change) */
    public LiveModeration(ModerationConfig base, Path file) {
        this.base = base;
        this.file = file;
        this.words = read(file);
        this.filter = build(base, words);
    }

    @Override
    public String mask(String text) {
        return filter.mask(text);
    }

    public Words words() {
        return words;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Adds block and allow words (trimmed, lower-cased, each at most {@value #MAX_WORD_LENGTH}
     * characters); a word moves from one list to the other when named there.
     *
     * @throws IllegalArgumentException for an empty or overlong word or too many words
     */
    public synchronized Words add(List<String> block, List<String> allow) throws IOException {
        Set<String> b = new LinkedHashSet<>(words.block());
        Set<String> a = new LinkedHashSet<>(words.allow());
        for (String w : block) {
            String word = clean(w);
            a.remove(word);
            b.add(word);
        }
        for (String w : allow) {
            String word = clean(w);
            b.remove(word);
            a.add(word);
        }
        if (a.size() + b.size() > MAX_WORDS) {
            throw new IllegalArgumentException("at most " + MAX_WORDS + " live words");
        }
        Words next = new Words(new ArrayList<>(b), new ArrayList<>(a));
        write(next);
        filter = build(base, next);
        words = next;
        LOG.warn("live moderation now blocks {} and allows {} added word(s)", b.size(), a.size());
        listeners.forEach(Runnable::run);
        return next;
    }

    /**
     * Which parts of a text the filter masks and why: each masked span with the original word, and
     * whether a live block or allow word is in the text.
     */
    public ObjectNode explain(String text) {
        ObjectNode n = JSON.createObjectNode();
        String masked = mask(text);
        n.put("text", text);
        n.put("masked", masked == null ? text : masked);
        var spans = n.putArray("spans");
        if (masked != null && masked.length() == text.length()) {
            int i = 0;
            while (i < text.length()) {
                if (masked.charAt(i) == text.charAt(i)) {
                    i++;
                    continue;
                }
                int start = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) ? i - 1 : i; // the kept first letter
                int end = i;
                while (end < text.length() && masked.charAt(end) != text.charAt(end)) {
                    end++;
                }
                ObjectNode span = spans.addObject();
                span.put("start", start);
                span.put("end", end);
                span.put("original", text.substring(start, end));
                span.put("rule", words.block().contains(text.substring(start, end).toLowerCase(Locale.ROOT))
                        ? "live block word" : "word list");
                i = end;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        words.allow().stream().filter(lower::contains).forEach(n.putArray("allowedByLiveWords")::add);
        return n;
    }

    private static String clean(String w) {
        String word = w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty() || word.length() > MAX_WORD_LENGTH || word.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a word must be 1 to " + MAX_WORD_LENGTH + " printable characters");
        }
        return word;
    }

    private static ProfanityFilter build(ModerationConfig base, Words words) {
        return ProfanityFilter.fromConfig(new ModerationConfig(base.profanity(), plus(base.extraWords(), words.block()),
                plus(base.allow(), words.allow()), base.ownHandles()));
    }

    private static Map<String, List<String>> plus(Map<String, List<String>> lists, List<String> any) {
        Map<String, List<String>> out = new HashMap<>(lists);
        List<String> merged = new ArrayList<>(out.getOrDefault("any", List.of()));
        merged.addAll(any);
        out.put("any", merged);
        return out;
    }

    private void write(Words w) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ObjectNode n = JSON.createObjectNode();
        w.block().forEach(n.putArray("block")::add);
        w.allow().forEach(n.putArray("allow")::add);
        Files.writeString(tmp, JSON.writeValueAsString(n));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Words read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Words(List.of(), List.of());
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            List<String> block = new ArrayList<>();
            List<String> allow = new ArrayList<>();
            n.path("block").forEach(w -> block.add(clean(w.asText())));
            n.path("allow").forEach(w -> allow.add(clean(w.asText())));
            return new Words(block, allow);
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("{}: live moderation words unreadable ({}); starting without them", file, e.getMessage());
            return new Words(List.of(), List.of());
        }
    }
}
