package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.bots.api.MatchConnections;
import org.junit.jupiter.api.Test;

class MatchPresenceTest {
    private final MatchPresence presence = new MatchPresence();

    private long open(String matchId) {
        long id = presence.newId();
        presence.opened(id, matchId);
        return id;
    }

    @Test
    void countsTheConnectionsOfOneMatchAndGroupsIdentifiedPlayers() {
        open("m1");
        long alice1 = open("m1");
        long alice2 = open("m1");
        long bob = open("m1");
        open("m2");
        presence.identified(alice1, new MatchPresence.Viewer("p-alice", "Alice AI", 1));
        presence.identified(alice2, new MatchPresence.Viewer("p-alice", "Alice AI", 1));
        presence.identified(bob, new MatchPresence.Viewer("p-bob", "Bob", null));

        MatchConnections m1 = presence.of("m1");

        assertThat(m1.connections()).isEqualTo(4);
        assertThat(m1.anonymous()).isEqualTo(1);
        assertThat(m1.players()).containsExactly(
                new MatchConnections.ConnectedPlayer("p-alice", "Alice AI", 1, 2),
                new MatchConnections.ConnectedPlayer("p-bob", "Bob", null, 1));
        assertThat(presence.of("m2").connections()).isEqualTo(1);
        assertThat(presence.of("m3").connections()).isZero();
    }

    @Test
    void aClosedConnectionIsGoneAndALateIdentificationDoesNotBringItBack() {
        long id = open("m1");
        presence.closed(id);
        presence.identified(id, new MatchPresence.Viewer("p", "Late", null));

        assertThat(presence.of("m1").connections()).isZero();
        assertThat(presence.of("m1").players()).isEmpty();
    }

    @Test
    void helloMessagesCarryATokenAndNothingElseIsOne() {
        assertThat(StreamHello.token("{\"type\":\"hello\",\"token\":\"abc.def\"}")).isEqualTo("abc.def");
        assertThat(StreamHello.token("{\"type\":\"hello\"}")).isNull();
        assertThat(StreamHello.token("{\"type\":\"hello\",\"token\":42}")).isNull();
        assertThat(StreamHello.token("{\"type\":\"ping\",\"token\":\"abc\"}")).isNull();
        assertThat(StreamHello.token("[\"hello\"]")).isNull();
        assertThat(StreamHello.token("not json")).isNull();
        assertThat(StreamHello.token("")).isNull();
    }
}
