package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    @Test
    void cleanTextIsReturnedAsTheSameInstance() {
        String s = "Geen bereik in Den Burg 😡";
        assertThat(TextSanitizer.text(s)).isSameAs(s);
    }

    @Test
    void newlinesAndTabsBecomeSpacesAndOtherControlsVanish() {
        assertThat(TextSanitizer.text("a\nb\tc\r\u0000d\u0007e\u009Bf\u007F")).isEqualTo("a b cdef");
    }

    @Test
    void bidiOverridesAndIsolatesAreRemovedButJoinersKept() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(TextSanitizer.text("ab\u202Ecd\u202A\u2066e\u2069" + family)).isEqualTo("abcde" + family);
    }

    @Test
    void longTextIsCappedWithAnEllipsis() {
        String capped = TextSanitizer.text("x".repeat(5000));
        assertThat(capped).hasSize(TextSanitizer.MAX_TEXT).endsWith("\u2026");
    }

    @Test
    void capNeverSplitsASurrogatePair() {
        String s = "a".repeat(8) + "😀".repeat(10);
        String capped = TextSanitizer.clean(s, 10);
        assertThat(capped).isEqualTo("a".repeat(8) + "\u2026");
        assertThat(TextSanitizer.clean("a".repeat(7) + "😀😀", 10)).isEqualTo("a".repeat(7) + "😀\u2026");
    }

    @Test
    void shortFieldsHaveTheirOwnCap() {
        assertThat(TextSanitizer.field("@" + "a".repeat(500))).hasSize(TextSanitizer.MAX_FIELD);
        assertThat(TextSanitizer.field(null)).isNull();
    }

    @Test
    void stackedCombiningMarksAreCutToAFewPerLetterButAccentsStay() {
        String zalgo = "Z" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(10) + "ok";
        assertThat(TextSanitizer.text(zalgo)).isEqualTo("Z\u0301\u0302\u0303\u0304ok");
        String vietnamese = "Vi\u00ea\u0323\u0301t Nam";
        assertThat(TextSanitizer.text(vietnamese)).isSameAs(vietnamese);
    }
}
