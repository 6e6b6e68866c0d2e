package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MachineDirsTest {
    private static final Path HOME = Path.of("/home/kiosk");

    private static MachineDirs linux(Map<String, String> env, Set<Path> files, Set<Path> writable) {
        return new MachineDirs(new MachineDirs.Machine("Linux", env, HOME, files::contains, writable::contains));
    }

    private static MachineDirs windows(Map<String, String> env, Set<Path> files, Set<Path> writable) {
        return new MachineDirs(new MachineDirs.Machine("Windows 11", env, HOME, files::contains, writable::contains));
    }

    @Test
    void explicitConfigWinsOverEverything() {
        MachineDirs dirs = linux(Map.of("PULSEWALL_HOME", "/srv/wall"), Set.of(Path.of("/etc/pulsewall/wall.yaml")),
                Set.of());
        assertThat(dirs.configDirectory(Path.of("my/wall.yaml"))).contains(Path.of("my/wall.yaml"));
    }

    @Test
    void pulsewallHomeWinsOverTheSystemDirectory() {
        MachineDirs dirs = linux(Map.of("PULSEWALL_HOME", "/srv/wall"), Set.of(Path.of("/etc/pulsewall/wall.yaml")),
                Set.of());
        assertThat(dirs.configDirectory(null)).contains(Path.of("/srv/wall"));
    }

    @Test
    void systemDirectoryIsUsedWhenItHoldsAWallOrABootstrap() {
        assertThat(linux(Map.of(), Set.of(Path.of("/etc/pulsewall/wall.yaml")), Set.of()).configDirectory(null))
                .contains(Path.of("/etc/pulsewall"));
        assertThat(linux(Map.of(), Set.of(Path.of("/etc/pulsewall/bootstrap.yaml")), Set.of()).configDirectory(null))
                .contains(Path.of("/etc/pulsewall"));
    }

    @Test
    void fallsBackToTheBundledDemoWhenNoDirectoryHoldsAWall() {
        assertThat(linux(Map.of("PULSEWALL_HOME", " "), Set.of(), Set.of()).configDirectory(null)).isEmpty();
    }

    @Test
    void windowsLooksInProgramData() {
        Path programData = Path.of("D:\\ProgramData");
        MachineDirs dirs = windows(Map.of("ProgramData", programData.toString()),
                Set.of(programData.resolve("Pulsewall").resolve("wall.yaml")), Set.of());
        assertThat(dirs.configDirectory(null)).contains(programData.resolve("Pulsewall"));
    }

    @Test
    void stateGoesToVarLibWhenItIsWritable() {
        assertThat(linux(Map.of(), Set.of(), Set.of(Path.of("/var/lib/pulsewall"))).stateDirectory())
                .isEqualTo(Path.of("/var/lib/pulsewall"));
    }

    @Test
    void stateFallsBackToXdgStateHomeThenToTheHomeDirectory() {
        assertThat(linux(Map.of("XDG_STATE_HOME", "/run/state"), Set.of(), Set.of()).stateDirectory())
                .isEqualTo(Path.of("/run/state/pulsewall"));
        assertThat(linux(Map.of(), Set.of(), Set.of()).stateDirectory())
                .isEqualTo(HOME.resolve(".local/state/pulsewall"));
    }

    @Test
    void pulsewallStateVariableWins() {
        assertThat(linux(Map.of("PULSEWALL_STATE", "/tmp/s"), Set.of(), Set.of(Path.of("/var/lib/pulsewall")))
                .stateDirectory()).isEqualTo(Path.of("/tmp/s"));
    }

    @Test
    void windowsStateFallsBackToLocalAppData() {
        MachineDirs dirs = windows(Map.of("LOCALAPPDATA", "C:\\Users\\kiosk\\AppData\\Local"), Set.of(), Set.of());
        assertThat(dirs.stateDirectory()).isEqualTo(Path.of("C:\\Users\\kiosk\\AppData\\Local").resolve("Pulsewall"));
    }
}
