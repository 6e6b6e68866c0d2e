package org.pulsewall.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code store:} in wall.yaml: how many mentions and how old the store keeps, and where the disk
 * cache of the newest ones lives (null: no cache).
 */
public record StoreConfig(int maxMentions, Duration maxAge, Path cacheFile, int cacheSize) {
    public static final StoreConfig DEFAULT = new StoreConfig(20_000, Duration.ofHours(24), null, 500);
}
