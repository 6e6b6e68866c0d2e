package org.pulsewall;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.pulsewall.config.Durations;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Type converters of the command line: each bad value becomes one line naming what was expected. */
final class CliConverters {
    private CliConverters() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(Duration.class, new DurationValue());
        cli.registerConverter(Instant.class, new TimeValue());
    }

    /** {@code 45s}, {@code 10m}, {@code 1h30m}, a plain number of seconds; longer than zero. */
    static final class DurationValue implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d;
            try {
                d = Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (d.isZero()) {
                throw new TypeConversionException("'" + value + "' is no time at all (e.g. 45s, 10m)");
            }
            return d;
        }
    }

    /** A time in ISO-8601 with an offset or Z, e.g. {@code 2026-11-23T12:00:00Z}. */
    static final class TimeValue implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time such as 2026-11-23T12:00:00Z");
            }
        }
    }

    /** A file that must exist and be readable: one that does not is reported before the command runs. */
    static final class ExistingFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = existing(value, "file not found: ");
            if (!Files.isReadable(p)) {
                throw new TypeConversionException("cannot read " + value + ": permission denied");
            }
            return p;
        }
    }

    /** A wall file or its directory, which must exist. */
    static final class ExistingConfig implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return existing(value, "no such wall file or directory: ");
        }
    }

    /** The path, which must exist; {@code missing} followed by the value says it does not. */
    private static Path existing(String value, String missing) {
        Path p = path(value);
        if (!Files.exists(p)) {
            throw new TypeConversionException(missing + value);
        }
        return p;
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty path");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }
}
