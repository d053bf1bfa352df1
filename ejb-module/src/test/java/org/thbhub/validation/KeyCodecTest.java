package org.thbhub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thbhub.ingest.ObservationKey;
import org.thbhub.reference.CountryCode;
import org.thbhub.validation.KeyCodec.Field;

class KeyCodecTest {

    private final KeyCodec codec = new KeyCodec(Fixtures.CODE_LISTS, 1980, 2025);

    @Test
    void packsAKeyIntoFewBitsAndDescribesItBack() {
        long k =
                codec.pack(
                        new ObservationKey(
                                CountryCode.of("UZB"),
                                "POP",
                                "UNK",
                                "Y_GE18",
                                "ZWE",
                                "MIX",
                                "OFFLINE",
                                2025));
        assertThat(64 - Long.numberOfLeadingZeros(k)).isLessThanOrEqualTo(45);
        assertThat(codec.describe(k))
                .isEqualTo("UZB POP SEX=UNK AGE=Y_GE18 CITIZEN=ZWE EXPL=MIX RECRUIT=OFFLINE 2025");
    }

    @Test
    void movingAFieldLastAndBackIsLossless() {
        long k =
                codec.pack(
                        new ObservationKey(
                                CountryCode.of("AUT"),
                                "VICT",
                                "F",
                                "Y_LT18",
                                "NAT",
                                "SEX_EXP",
                                "_T",
                                2019));
        for (Field f : Field.values()) {
            long moved = codec.fieldLast(k, f);
            assertThat(codec.fieldBack(moved, f)).isEqualTo(k);
            assertThat(moved & ((1L << codec.index(f).bits()) - 1)).isEqualTo(codec.get(k, f));
        }
    }
}
