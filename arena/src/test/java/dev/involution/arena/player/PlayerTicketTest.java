package dev.involution.arena.player;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerTicketTest {

    private static final byte[] KEY = Sha256.digest("a key");
    private static final PlayerTicket TICKET = new PlayerTicket("6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11",
            Instant.parse("2026-03-01T10:15:30Z"), "Zoë 🙂");

    @Test
    void aTicketCarriesItsPlayerAndIsAPlayerToken() {
        String token = TICKET.token(KEY);

        assertThat(PlayerTicket.verify(token, KEY)).contains(TICKET);
        assertThat(PlayerToken.parse(token)).hasValueSatisfying(parsed ->
                assertThat(parsed.playerId()).isEqualTo(TICKET.playerId()));
    }

    @Test
    void aTicketSignedWithAnotherKeyOrAlteredIsRefused() {
        String token = TICKET.token(KEY);
        String[] parts = token.split("\\.");
        String renamed = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString("Mallory".getBytes(StandardCharsets.UTF_8))
                + "." + parts[3];
        String backdated = parts[0] + ".1." + parts[2] + "." + parts[3];

        assertThat(PlayerTicket.verify(token, Sha256.digest("another key"))).isEmpty();
        assertThat(PlayerTicket.verify(renamed, KEY)).isEmpty();
        assertThat(PlayerTicket.verify(backdated, KEY)).isEmpty();
        assertThat(PlayerTicket.verify(parts[0] + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", KEY)).isEmpty();
    }
}
