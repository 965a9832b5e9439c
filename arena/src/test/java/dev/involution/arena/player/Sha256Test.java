package dev.involution.arena.player;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    @Test
    void aTokensDigestIsItsSha256() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(Sha256.ofToken(new String("abc")).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSameTokenObjectIsHashedOnceOnAThread() {
        String token = new String("player-token");

        Sha256.TokenDigest first = Sha256.ofToken(token);

        assertThat(Sha256.ofToken(token)).isSameAs(first);
    }

    @Test
    void anotherTokenOrAnEqualTokenFromElsewhereIsHashedAgainAndRight() {
        String token = new String("player-token");
        Sha256.TokenDigest first = Sha256.ofToken(token);

        Sha256.TokenDigest other = Sha256.ofToken(new String("other-token"));
        Sha256.TokenDigest equal = Sha256.ofToken(new String("player-token"));

        assertThat(other.hex()).isEqualTo(HexFormat.of().formatHex(Sha256.digest("other-token")));
        assertThat(equal).isNotSameAs(first);
        assertThat(equal.hex()).isEqualTo(first.hex());
    }

    @Test
    void eachThreadKeepsItsOwn() throws Exception {
        String token = new String("player-token");
        Sha256.TokenDigest here = Sha256.ofToken(token);

        Sha256.TokenDigest there = CompletableFuture.supplyAsync(() -> Sha256.ofToken(token),
                command -> new Thread(command).start()).get();

        assertThat(there).isNotSameAs(here);
        assertThat(there.hex()).isEqualTo(here.hex());
    }
}
