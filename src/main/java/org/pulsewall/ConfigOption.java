package org.pulsewall;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.WallConfigLoader;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands; absent means the bundled demo wall. */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "wall.yaml",
            description = "The wall configuration; without it, the bundled demo wall.")
    Path config;

    ConfigBase base() {
        if (config == null) {
            return WallConfigLoader.demoBase();
        }
        Path absolute = config.toAbsolutePath();
        return ConfigBase.directory(Files.isDirectory(absolute) ? absolute : absolute.getParent());
    }

    String wallFile() {
        return config == null || Files.isDirectory(config) ? WallConfigLoader.WALL_FILE
                : config.getFileName().toString();
    }
}
