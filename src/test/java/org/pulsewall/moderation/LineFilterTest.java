package org.pulsewall.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ProfanityPolicy;

class LineFilterTest {
    private static final ProfanityFilter FILTER = ProfanityFilter.defaults();
    private static final String INPUT = "geen bereik\nkanker KPN\n\nf.u.c.k you\n操作系统\n";

    private static String run(String input, ProfanityPolicy policy) throws IOException {
        StringWriter out = new StringWriter();
        LineFilter.filterLines(new BufferedReader(new StringReader(input)), out, FILTER, policy);
        return out.toString();
    }

    @Test
    void masksCurseWordsLineByLine() throws IOException {
        assertThat(run(INPUT, ProfanityPolicy.MASK))
                .isEqualTo("geen bereik\nk***** KPN\n\nf****** you\n操作系统\n");
    }

    @Test
    void dropLeavesProfaneLinesOutAndKeepsCleanEmptyLines() throws IOException {
        assertThat(run(INPUT, ProfanityPolicy.DROP)).isEqualTo("geen bereik\n\n操作系统\n");
    }

    @Test
    void offCopiesEveryLineUnchanged() throws IOException {
        assertThat(run(INPUT, ProfanityPolicy.OFF)).isEqualTo(INPUT);
    }

    @Test
    void writesTheLastLineEvenWithoutATrailingNewline() throws IOException {
        assertThat(run("shit", ProfanityPolicy.MASK)).isEqualTo("s***\n");
    }

    @Test
    void flushesEachLineWhenNoMoreInputIsWaiting() throws IOException {
        StringBuilder seenAtFlush = new StringBuilder();
        StringWriter target = new StringWriter();
        Writer out = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                target.write(buf, off, len);
            }

            @Override
            public void flush() {
                seenAtFlush.append('[').append(target).append(']');
            }

            @Override
            public void close() {
            }
        };
        BufferedReader interactive = new BufferedReader(new StringReader("kut\n")) {
            @Override
            public boolean ready() {
                return false;
            }
        };
        LineFilter.filterLines(interactive, out, FILTER, ProfanityPolicy.MASK);
        assertThat(seenAtFlush.toString()).startsWith("[k**\n]");
    }

    @Test
    void explainWritesOneJsonObjectPerLineWithEntryAndRule() throws IOException {
        StringWriter out = new StringWriter();
        LineFilter.explainLines(new BufferedReader(new StringReader("kanker KPN\nalles goed\n")), out, FILTER);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("{\"masked\":\"k***** KPN\",\"spans\":[{\"start\":0,\"end\":6,"
                + "\"text\":\"kanker\",\"entry\":\">kanker\",\"rule\":\"start of a word or compound\"}]}");
        assertThat(lines[1]).isEqualTo("{\"masked\":null,\"spans\":[]}");
    }
}
