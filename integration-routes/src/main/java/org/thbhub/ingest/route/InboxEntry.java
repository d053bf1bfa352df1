package org.thbhub.ingest.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** What a name in an inbox is, looked at without following a link. */
enum InboxEntry {
    REGULAR_FILE("a regular file"),
    SYMBOLIC_LINK("a symbolic link"),
    DIRECTORY("a directory"),
    OTHER("a FIFO, device or socket");

    private final String description;

    InboxEntry(String description) {
        this.description = description;
    }

    /** As a receipt names it: "a symbolic link". */
    String description() {
        return description;
    }

    static Optional<InboxEntry> of(Path path) {
        try {
            BasicFileAttributes a =
                    Files.readAttributes(
                            path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(
                    a.isSymbolicLink()
                            ? SYMBOLIC_LINK
                            : a.isDirectory()
                                    ? DIRECTORY
                                    : a.isRegularFile() ? REGULAR_FILE : OTHER);
        } catch (IOException e) {
            return Optional.empty(); // gone meanwhile
        }
    }

    /** Names the inbox ignores until they are renamed: dot-files and uploads in progress. */
    static boolean ignoredName(String name) {
        return name.startsWith(".")
                || name.endsWith(".part")
                || name.endsWith(".tmp")
                || name.endsWith(".filepart");
    }
}
