package dev.involution.arena.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void aCodeIsSixCharactersOfTheAlphabetWithoutLookAlikes() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.random(random);
            assertThat(code).hasSize(JoinCode.LENGTH).matches("[A-HJKMNP-Z2-9]{6}");
            seen.add(code);
        }
        assertThat(seen).as("a thousand draws, hardly a repeat").hasSizeGreaterThan(995);
        assertThat(JoinCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
    }

    @Test
    void typedCodesAreReadWhateverTheCaseSpacesAndDashes() {
        assertThat(JoinCode.parse("K7PM2Q")).contains("K7PM2Q");
        assertThat(JoinCode.parse("k7p m2q")).contains("K7PM2Q");
        assertThat(JoinCode.parse(" K7P-M2Q ")).contains("K7PM2Q");
    }

    @Test
    void anythingElseIsNotACode() {
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThat(JoinCode.parse("")).isEmpty();
        assertThat(JoinCode.parse("K7PM2")).as("too short").isEmpty();
        assertThat(JoinCode.parse("K7PM2QX")).as("too long").isEmpty();
        assertThat(JoinCode.parse("K0PM2Q")).as("a zero is never in a code").isEmpty();
        assertThat(JoinCode.parse("K7PM2Q;")).isEmpty();
        assertThat(JoinCode.parse("K7PM2Q".repeat(10))).isEmpty();
    }
}
