package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Feed HTML as WordPress, Blogger and Mastodon send it. */
class HtmlTextTest {

    @Test
    void aWordPressExcerptKeepsItsEllipsisDashAndAccentsAndLosesTheNoBreakSpace() {
        String excerpt = "<p>Storing in Amsterdam&nbsp;&ndash; caf&eacute;s en winkels zonder pin&hellip;</p>\n"
                + "<p>The post <a href=\"https://blog.example.nl/storing/\" rel=\"nofollow\">Storing</a> appeared first"
                + " on <a href=\"https://blog.example.nl\" rel=\"nofollow\">KPN Blog</a>.</p>";

        assertThat(HtmlText.toPlain(excerpt)).isEqualTo(
                "Storing in Amsterdam \u2013 caf\u00E9s en winkels zonder pin\u2026 The post Storing appeared first on KPN Blog.");
    }

    @Test
    void decodesNamedEntitiesBeyondTheCommonFew() {
        assertThat(HtmlText.toPlain("Z&uuml;rich &rarr; Ko&scaron;ice &amp; &Oslash;resund &hearts; 5&thinsp;km &frac12;"))
                .isEqualTo("Z\u00FCrich \u2192 Ko\u0161ice & \u00D8resund \u2665 5\u2009km \u00BD");
    }

    @Test
    void aMastodonStatusReadsAsItShowsWithHashtagsAndAShortenedLink() {
        String status = "<p>Weer geen internet in <a href=\"https://social.example/tags/Texel\" class=\"mention hashtag\""
                + " rel=\"tag\">#<span>Texel</span></a> sinds 07:00 &#x1F621;<br />Iemand anders ook?</p><p><a"
                + " href=\"https://status.example.nl/storingen/12345\" rel=\"nofollow noopener\" target=\"_blank\">"
                + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">status.example.nl/storinge</span>"
                + "<span class=\"invisible\">n/12345</span></a></p>";

        assertThat(HtmlText.toPlain(status))
                .isEqualTo("Weer geen internet in #Texel sinds 07:00 \uD83D\uDE21 Iemand anders ook? status.example.nl/storinge");
    }

    @Test
    void scriptsStylesAndCommentsGoWithTheirContent() {
        assertThat(HtmlText.toPlain("<div>a<style>p{color:red}</style><script>alert(1)</script><!-- x --> b</div>"))
                .isEqualTo("a b");
    }

    @Test
    void aContentWarningIsPlainTextWithEntities() {
        assertThat(HtmlText.decodeEntities("Politiek &amp; storingen &ndash; lang")).isEqualTo("Politiek & storingen \u2013 lang");
        assertThat(HtmlText.decodeEntities("no entities")).isEqualTo("no entities");
    }
}
