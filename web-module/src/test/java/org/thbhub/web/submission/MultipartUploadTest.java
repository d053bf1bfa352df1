package org.thbhub.web.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.thbhub.common.InvalidRequestException;

class MultipartUploadTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theFilePartIsStreamedWithItsNameAndTypeWhateverComesBefore() throws IOException {
        String form =
                "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--XyZ\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"aut.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n"
                        + "A,B\r\n1,2\r\n--X not the end\r\n"
                        + "\r\n--XyZ--\r\n";
        MultipartUpload.Part part = MultipartUpload.filePart(body(form), TYPE);
        assertThat(part.fileName()).contains("aut.csv");
        assertThat(part.mediaType()).contains("text/csv");
        assertThat(new String(part.body().readAllBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("A,B\r\n1,2\r\n--X not the end\r\n");
    }

    @Test
    void theLimitAppliesWhileTheBodyStreams() {
        InputStream endless =
                new InputStream() {
                    private final byte[] head =
                            ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1);
                    private long served;

                    @Override
                    public int read() {
                        return served < head.length ? head[(int) served++] : 'x';
                    }
                };
        assertThatThrownBy(
                        () -> {
                            MultipartUpload.Part part = MultipartUpload.filePart(endless, TYPE);
                            Upload.spool(part.body(), 1_000_000).close();
                        })
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aFormWithoutAFilePartIsABadRequest() {
        assertThatThrownBy(
                        () ->
                                MultipartUpload.filePart(
                                        body(
                                                "--XyZ\r\nContent-Disposition: form-data;"
                                                        + " name=\"x\"\r\n\r\n1\r\n--XyZ--\r\n"),
                                        TYPE))
                .isInstanceOf(InvalidRequestException.class);
    }
}
