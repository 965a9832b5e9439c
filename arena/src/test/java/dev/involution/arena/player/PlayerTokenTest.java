package dev.involution.arena.player;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerTokenTest {

    private static final String ID = "6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11";

    @Test
    void issuedTokensNameTheirPlayerAndCarry256RandomBits() {
        PlayerToken token = PlayerToken.issue(ID);

        assertThat(token.value()).startsWith(ID + ".");
        String secret = token.value().substring(ID.length() + 1);
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        assertThat(PlayerToken.parse(token.value())).contains(token);
    }

    @Test
    void tokensDifferEveryTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(PlayerToken.issue(ID).value())).isTrue();
        }
    }

    @Test
    void theHashIsHexSha256AndHidesTheSecret() {
        PlayerToken token = PlayerToken.issue(ID);

        assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(Sha256.hex(token.value()));
        assertThat(token.toString()).doesNotContain(token.value().substring(ID.length() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "no-dot",
        "6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11.",
        "6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11.short",
        "NOT-A-UUID.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "6F1C1A9E-2A59-4A4E-9A51-4F7A2D9C0B11.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
        "admin.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    })
    void malformedTokensAreNotPlayerTokens(String token) {
        assertThat(PlayerToken.parse(token)).isEmpty();
    }
}
