package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thbhub.it.Api;
import org.thbhub.it.Api.User;

/** Data put in through the REST API before a journey, as another channel would have. */
final class Seed {

    private Seed() {}

    /** Uploads an SDMX-CSV file as user; answers the submission id. */
    static String accepted(User user, Path file) {
        try {
            Api.Answer answer =
                    Api.upload(
                            "?filename=" + file.getFileName(),
                            user,
                            "text/csv",
                            Files.readAllBytes(file));
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            return answer.json().get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
