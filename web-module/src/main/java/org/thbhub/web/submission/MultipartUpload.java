package org.thbhub.web.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thbhub.common.InvalidRequestException;

/**
 * The part named {@code file} of a {@code multipart/form-data} body, read as a stream: nothing is
 * buffered whole, so the upload's size limit applies while the body arrives (the container's
 * multipart support spools every part before the application sees it). Parts before it are read and
 * dropped, their headers bounded.
 */
final class MultipartUpload {

    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern BOUNDARY =
            Pattern.compile(
                    "boundary=(?:\"([^\"]{1,200})\"|([^;\\s]{1,200}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** The part: the name its sender gave the file, its media type, and its bytes. */
    record Part(Optional<String> fileName, Optional<String> mediaType, InputStream body) {}

    private MultipartUpload() {}

    static Part filePart(InputStream body, String contentType) throws IOException {
        String boundary = boundary(contentType);
        PushbackInputStream in = new PushbackInputStream(body, boundary.length() + 8);
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!startsWith(in, first)) {
            throw new InvalidRequestException("file", "the body is not multipart/form-data");
        }
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        while (true) {
            if (startsWith(in, "--".getBytes(StandardCharsets.ISO_8859_1))) {
                throw new InvalidRequestException("file", "the form has no part named 'file'");
            }
            skipLineEnd(in);
            String headers = headers(in);
            Matcher name = NAME.matcher(headers);
            InputStream part = new UntilDelimiter(in, delimiter);
            if (name.find() && name.group(1).equals("file")) {
                Matcher fileName = FILE_NAME.matcher(headers);
                return new Part(
                        fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty(),
                        header(headers, "content-type"),
                        part);
            }
            part.transferTo(OutputStreamSink.NULL);
        }
    }

    private static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw new InvalidRequestException("file", "the multipart body names no boundary");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String headers(PushbackInputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int state = 0; // counts the bytes of CRLF CRLF seen in a row
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new InvalidRequestException("file", "the multipart body ends in a header");
            }
            headers.write(b);
            if (headers.size() > MAX_HEADER_BYTES) {
                throw new InvalidRequestException("file", "a part's headers are too long");
            }
            state = (b == '\r' && state % 2 == 0) || (b == '\n' && state % 2 == 1) ? state + 1 : 0;
        }
        return headers.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(line.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(PushbackInputStream in, byte[] expected) throws IOException {
        byte[] got = in.readNBytes(expected.length);
        if (java.util.Arrays.equals(got, expected)) {
            return true;
        }
        in.unread(got);
        return false;
    }

    private static void skipLineEnd(PushbackInputStream in) throws IOException {
        int b = in.read();
        if (b == '\r') {
            b = in.read();
        }
        if (b != '\n') {
            throw new InvalidRequestException("file", "the multipart body is malformed");
        }
    }

    /** The bytes up to the next delimiter, which is consumed; the stream then sits after it. */
    private static final class UntilDelimiter extends InputStream {
        private final PushbackInputStream in;
        private final byte[] delimiter;
        private boolean done;

        UntilDelimiter(PushbackInputStream in, byte[] delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new InvalidRequestException("file", "the multipart body ends inside a part");
            }
            if (b == delimiter[0]) {
                in.unread(b);
                if (startsWith(in, delimiter)) {
                    done = true;
                    return -1;
                }
                in.read();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[off + n++] = (byte) b;
            }
            return n;
        }
    }

    /** Where dropped parts go. */
    private static final class OutputStreamSink {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
