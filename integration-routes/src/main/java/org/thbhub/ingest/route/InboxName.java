package org.thbhub.ingest.route;

import com.jcraft.jsch.ChannelSftp;
import java.util.Optional;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.thbhub.reference.CountryCode;

/**
 * An entry directly in {@code <ISO3>/inbox} on the SFTP server, named as the server names it. On
 * the server a backslash is a plain character of a name, but Camel turns it into a separator in the
 * paths it builds ({@code a\b.csv} becomes {@code a/b.csv}), and JSch reads it as the escape of its
 * glob patterns: the entry's own name, from the listing, is the truth, and every path handed to
 * JSch is escaped ({@link #forJsch}).
 *
 * @param relative {@code <ISO3>/inbox/<name>} below the root
 * @param absolute the path on the server
 */
record InboxName(CountryCode country, String name, String relative, String absolute) {

    static Optional<InboxName> of(GenericFile<?> file) {
        if (!(file.getFile() instanceof SftpRemoteFile<?> remote)
                || !(remote.getRemoteFile() instanceof ChannelSftp.LsEntry entry)) {
            return Optional.empty();
        }
        String name = entry.getFilename();
        String relative = file.getRelativeFilePath();
        String absolute = file.getAbsoluteFilePath();
        // as Camel has it: the name itself, or with its backslashes made separators
        String asCamelHasIt = relative.endsWith(name) ? name : name.replace('\\', '/');
        if (!relative.endsWith(asCamelHasIt) || !absolute.endsWith(asCamelHasIt)) {
            return Optional.empty();
        }
        String folder = relative.substring(0, relative.length() - asCamelHasIt.length());
        String[] parts = folder.split("/");
        if (parts.length != 2 || !parts[1].equals("inbox") || !CountryCode.isWellFormed(parts[0])) {
            return Optional.empty();
        }
        return Optional.of(
                new InboxName(
                        CountryCode.of(parts[0]),
                        name,
                        folder + name,
                        absolute.substring(0, absolute.length() - asCamelHasIt.length()) + name));
    }

    /** A path as JSch takes it literally: its glob characters and its escape character escaped. */
    static String forJsch(String path) {
        StringBuilder escaped = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == '*' || c == '?') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * The name of the receipts and of the archived file, which Camel writes by paths of its own
     * that cannot be escaped: a backslash, {@code *} and {@code ?} become {@code _} (the receipt's
     * {@code fileName} keeps the name).
     */
    static String asCamelCarriesIt(String name) {
        return name.replace('\\', '_').replace('*', '_').replace('?', '_');
    }
}
