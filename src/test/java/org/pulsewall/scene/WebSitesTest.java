package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hosts a page may load from: its own site and its item's allow list, nothing else. */
class WebSitesTest {
    private final WebSites sites = new WebSites(URI.create("https://board.example/dash"),
            List.of("cdn.example.com", "*.fonts.example", "api.example.com:8443", "https://bad/x"));

    @Test
    void allowsThePagesOwnSiteOnItsOwnPortOnly() {
        assertThat(sites.allows(URI.create("https://board.example/img.png"))).isTrue();
        assertThat(sites.allows(URI.create("https://BOARD.example:443/x"))).isTrue();
        assertThat(sites.allows(URI.create("http://board.example/x"))).isFalse();
        assertThat(sites.allows(URI.create("https://board.example.evil/x"))).isFalse();
    }

    @Test
    void allowsListedHostsSubdomainsAndPorts() {
        assertThat(sites.allows(URI.create("https://cdn.example.com/lib.js"))).isTrue();
        assertThat(sites.allows(URI.create("https://a.b.fonts.example/f.woff"))).isTrue();
        assertThat(sites.allows(URI.create("https://fonts.example/f.woff"))).isFalse();
        assertThat(sites.allows(URI.create("https://evilfonts.example/f.woff"))).isFalse();
        assertThat(sites.allows(URI.create("https://api.example.com:8443/v1"))).isTrue();
        assertThat(sites.allows(URI.create("https://api.example.com/v1"))).isFalse();
    }

    @Test
    void dropsEntriesThatAreNoHostName() {
        assertThat(sites.allow()).containsExactly("cdn.example.com", "*.fonts.example", "api.example.com:8443");
        assertThat(sites.allows(URI.create("https://bad/x"))).isFalse();
    }
}
