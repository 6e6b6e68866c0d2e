package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;

/**
 * {@code snapshot --check} over every example playlist in every theme at 1920x1080, and in the
 * theme its example screen gives it at 3840x2160 and 1280x720 with the alert banner up. Minutes
 * long: {@code mvn -Playout-check test}. Each case's findings also go to
 * {@code target/layout-check/NAME.txt}.
 */
@Tag("layout")
class ExampleLayoutsTest {
    /** The theme each example playlist's screen plays it in (wall.example.yaml, videowall.example.yaml). */
    private static final Map<String, String> OWN_THEME = Map.of("webcare", "dark", "marketing", "brand",
            "boardroom", "high-contrast", "hall", "dark", "sqc", "dark", "lobby", "brand");

    @BeforeAll
    static void toolkitOfTheTestRun() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static List<String> names(String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix) && !n.equals("base.css"))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String playlist : names("playlists", ".yaml")) {
            for (String theme : names("themes", ".css")) {
                cases.add(Arguments.of(playlist, theme, "1920x1080", false));
            }
            String own = OWN_THEME.getOrDefault(playlist, "brand");
            cases.add(Arguments.of(playlist, own, "3840x2160", true));
            cases.add(Arguments.of(playlist, own, "1280x720", true));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} in {1} at {2}, alert {3}")
    @MethodSource("cases")
    void examplePlaylistPassesTheLayoutCheck(String playlist, String theme, String size, boolean alert)
            throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = Path.of("target", "layout-check", playlist + "-" + theme + "-" + size + (alert ? "-alert" : ""));
        List<String> args = new ArrayList<>(List.of("snapshot", "--config", "wall.example.yaml", "--playlist",
                playlist, "--theme", theme, "--out", dir.toString(), "--check", "--size", size));
        if (alert) {
            args.add("--with-alert");
        }
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        Files.createDirectories(dir.getParent());
        Files.writeString(Path.of(dir + ".txt"), out.toString() + err);
        assertThat(out.toString()).as(err.toString()).isEmpty();
        assertThat(code).isZero();
    }
}
