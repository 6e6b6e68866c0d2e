package org.pulsewall.playlist;

import java.util.List;

/** A named, ordered list of items a screen rotates through, with an optional overlay (a ticker). */
public record Playlist(String name, List<PlaylistItem> items, PlaylistItem overlay, String file) {

    public Playlist {
        items = List.copyOf(items);
    }
}
