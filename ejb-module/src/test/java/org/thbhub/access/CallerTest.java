package org.thbhub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thbhub.reference.CountryCode;

class CallerTest {

    private static final CountryCode AUT = CountryCode.of("AUT");
    private static final CountryCode DEU = CountryCode.of("DEU");

    @Test
    void aRapporteurSeesOnlyTheirCountry() {
        Caller rapporteur = Caller.of("rapporteur-aut", Set.of(Role.RAPPORTEUR), AUT);

        assertThat(rapporteur.maySee(AUT)).isTrue();
        assertThat(rapporteur.maySee(DEU)).isFalse();
        assertThat(rapporteur.scope()).isEqualTo(Scope.of(AUT));
    }

    @Test
    void analystsAndAdminsSeeAll() {
        assertThat(Caller.of("analyst", Set.of(Role.ANALYST), null).scope()).isEqualTo(Scope.ALL);
        assertThat(Caller.of("admin", Set.of(Role.ADMIN), null).maySee(DEU)).isTrue();
    }

    @Test
    void aCountryBoundCallerWithoutCountrySeesNothing() {
        Caller broken = Caller.of("government-x", Set.of(Role.GOVERNMENT), null);

        assertThat(broken.scope()).isEqualTo(Scope.NONE);
        assertThat(broken.maySee(AUT)).isFalse();
    }

    @Test
    void aFilterOnAnotherCountryNarrowsToNothingInsteadOfFailing() {
        Scope aut = Scope.of(AUT);

        assertThat(aut.narrow(Optional.of(DEU))).isEmpty();
        assertThat(aut.narrow(Optional.of(AUT))).contains(Scope.of(AUT));
        assertThat(aut.narrow(Optional.empty())).contains(aut);
        assertThat(Scope.ALL.narrow(Optional.of(DEU))).contains(Scope.of(DEU));
        assertThat(Scope.NONE.narrow(Optional.empty())).contains(Scope.NONE);
    }
}
