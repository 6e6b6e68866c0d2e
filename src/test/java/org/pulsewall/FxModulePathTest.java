package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FxModulePathTest {
    @Test
    void onlyTheCommandsThatStartJavaFxAreRunWithItOnTheModulePath() {
        assertThat(FxModulePath.startsToolkit()).isTrue();
        assertThat(FxModulePath.startsToolkit("play", "--exit-after", "5s")).isTrue();
        assertThat(FxModulePath.startsToolkit("--config", "wall.yaml")).isTrue();
        assertThat(FxModulePath.startsToolkit("snapshot", "--playlist", "lobby")).isTrue();
        assertThat(FxModulePath.startsToolkit("screens")).isTrue();
        assertThat(FxModulePath.startsToolkit("validate")).isFalse();
        assertThat(FxModulePath.startsToolkit("pull", "--once")).isFalse();
        assertThat(FxModulePath.startsToolkit("--help")).isFalse();
    }

    @Test
    void theChildHasTheJavaFxModulesOnTheModulePathAndEverythingElseOnTheClassPath() {
        List<String> command = FxModulePath.childCommand("play", "--exit-after", "5s").orElseThrow();
        String modulePath = command.get(command.indexOf("--module-path") + 1);
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertThat(modulePath).contains("javafx-graphics-").contains("javafx-web-");
        assertThat(classPath).doesNotContain("javafx-graphics-").contains("picocli");
        assertThat(command).contains("-D" + FxModulePath.RELAUNCHED + "=true", "org.pulsewall.Main");
        assertThat(command.subList(command.size() - 3, command.size())).containsExactly("play", "--exit-after", "5s");
    }
}
