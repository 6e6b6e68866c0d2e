package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private final PhraseMatcher<String> matcher = new PhraseMatcher<String>()
            .add("geen bereik", "A").add("Súdwest-Fryslân", "B").add("没信号", "C").add("den", "D").add("den burg", "E");

    private List<String> hits(String text) {
        List<String> out = new ArrayList<>();
        matcher.scan(text, (s, e, v) -> out.add(v + ":" + text.substring(s, e)));
        return out;
    }

    @Test
    void matchesWholeWordsIgnoringCaseAccentsAndExtraSpaces() {
        assertThat(hits("GEEN   bereik in sudwest-fryslan")).containsExactly("A:GEEN   bereik", "B:sudwest-fryslan");
    }

    @Test
    void doesNotMatchInsideWords() {
        assertThat(hits("tegeen bereikbaar, dennen")).isEmpty();
    }

    @Test
    void matchesIdeographicPhrasesAnywhere() {
        assertThat(hits("今天没信号了")).containsExactly("C:没信号");
    }

    @Test
    void reportsShorterAndLongerPhrasesAtTheSameStart() {
        assertThat(hits("Den Burg")).containsExactly("D:Den", "E:Den Burg");
    }
}
