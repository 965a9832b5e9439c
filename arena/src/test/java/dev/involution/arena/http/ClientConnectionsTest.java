package dev.involution.arena.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientConnectionsTest {

    private final ClientConnections connections = new ClientConnections(2);

    @Test
    void aClientHoldsAtMostTheCapAndGetsReleasedConnectionsBack() {
        var first = connections.tryOpen("203.0.113.7").orElseThrow();
        connections.tryOpen("203.0.113.7").orElseThrow();

        assertThat(connections.tryOpen("203.0.113.7")).isEmpty();
        assertThat(connections.tryOpen("198.51.100.1")).as("another client").isPresent();

        first.releaseByConnection();
        first.releaseByConnection();
        assertThat(connections.openBy("203.0.113.7")).isEqualTo(1);
        assertThat(connections.tryOpen("203.0.113.7")).isPresent();
    }

    @Test
    void aWebSocketKeepsTheLeaseOfItsConnectionUntilItCloses() {
        var lease = connections.tryOpen("203.0.113.7").orElseThrow();

        assertThat(lease.takeOver()).isTrue();
        lease.releaseByConnection();
        assertThat(connections.openBy("203.0.113.7")).as("the socket still holds it").isEqualTo(1);

        lease.releaseBySocket();
        assertThat(connections.openBy("203.0.113.7")).isZero();
        assertThat(connections.clients()).isZero();
    }

    @Test
    void aSocketThatStartsAfterItsConnectionEndedIsNotCountedTwice() {
        var lease = connections.tryOpen("203.0.113.7").orElseThrow();

        lease.releaseByConnection();
        assertThat(lease.takeOver()).isFalse();
        lease.releaseBySocket();

        assertThat(connections.openBy("203.0.113.7")).isZero();
    }
}
