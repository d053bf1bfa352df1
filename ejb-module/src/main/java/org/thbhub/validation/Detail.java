package org.thbhub.validation;

import java.util.Objects;

/**
 * A phrase THB Hub composed for a problem message ("xl/worksheets/sheet1.xml inflates more than 100
 * times"): shown whole, unlike a value quoted from the file, which {@link ProblemCode#message} cuts
 * to a short prefix. Whatever it quotes from the file it quotes through {@code SafeText.quote}.
 */
public record Detail(String text) {

    public Detail {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
