package org.pulsewall.scene;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds an item's media file among the wall's files; a missing one makes the item unavailable. */
final class MediaFiles {

    private MediaFiles() {
    }

    /**
     * The URL of {@code file} relative to the wall's files.
     *
     * @throws SceneUnavailableException naming the item when the file is not given, missing or unreadable
     */
    static URL resolve(SceneContext ctx, String kind, String file) {
        String where = ctx.item().where();
        if (file.isBlank()) {
            throw new SceneUnavailableException(where + ": " + kind + " needs a file");
        }
        URL url = ctx.files().url(file).orElseThrow(() ->
                new SceneUnavailableException(where + ": " + kind + " file '" + ctx.files().describe(file) + "' not found"));
        Path onDisk = ctx.files().path(file).orElse(null);
        if (onDisk != null && !Files.isReadable(onDisk)) {
            throw new SceneUnavailableException(where + ": " + kind + " file '" + ctx.files().describe(file)
                    + "' is not readable");
        }
        return url;
    }
}
