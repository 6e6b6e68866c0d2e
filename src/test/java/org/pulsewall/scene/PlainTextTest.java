package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void removesControlAndBidiOverrideCharacters() {
        assertThat(PlainText.clean("a\u0000b\u202Ecd\u2066e\u200Bf\u0007", 100)).isEqualTo("abcdef");
    }

    @Test
    void collapsesLineBreaksAndRunsOfWhitespaceToOneSpace() {
        assertThat(PlainText.clean("  geen\n\n bereik\t in   Den Burg  ", 100)).isEqualTo("geen bereik in Den Burg");
    }

    @Test
    void capsLongTextWithAnEllipsis() {
        String capped = PlainText.clean("x".repeat(500), 280);
        assertThat(capped).hasSize(281).endsWith("x…");
    }

    @Test
    void keepsTextAtTheCapUntouched() {
        assertThat(PlainText.clean("abc", 3)).isEqualTo("abc");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "😀".repeat(10);
        String capped = PlainText.clean(emoji, 4);
        assertThat(capped).isEqualTo("😀😀😀😀…");
    }

    @Test
    void keepsChineseAndAccentedText() {
        assertThat(PlainText.clean("Grüße aus 鹿特丹", 100)).isEqualTo("Grüße aus 鹿特丹");
    }

    @Test
    void nullIsEmpty() {
        assertThat(PlainText.clean(null, 10)).isEmpty();
    }
}
