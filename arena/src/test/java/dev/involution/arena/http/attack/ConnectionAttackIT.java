package dev.involution.arena.http.attack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.involution.arena.testkit.LogCapture;
import dev.involution.arena.testkit.RawConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on connections: slow and idle clients, oversized bodies and WebSocket messages on every
 * stream, a client holding too many connections, a WebSocket client that stops answering. The
 * arena runs with short deadlines so that each attack plays out in seconds.
 */
class ConnectionAttackIT {

    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_PER_CLIENT = 12;
    /** Generous room for a busy machine to act on a deadline. */
    private static final Duration SLACK = Duration.ofSeconds(6);
    private static final int MAX_MESSAGE = 16 * 1024;
    private static final AtomicInteger attacks = new AtomicInteger();

    private static AttackArena target;
    private static LogCapture log;

    @BeforeAll
    static void start() {
        target = AttackArena.start(settings -> settings
                .with("arena.http.connections.header-timeout", HEADER_TIMEOUT.toMillis() + "ms")
                .with("arena.http.connections.body-timeout", BODY_TIMEOUT.toMillis() + "ms")
                .with("arena.http.connections.max-per-client", MAX_PER_CLIENT)
                .with("arena.http.websocket.ping-interval", "1s")
                .with("arena.http.websocket.pong-timeout", "1s"));
        log = LogCapture.start("dev.involution.arena");
    }

    @AfterAll
    static void stop() {
        System.out.printf("Connection attacks: %d tried%n", attacks.get());
        if (log != null) {
            log.close();
        }
        if (target != null) {
            target.close();
        }
    }

    @Test
    void slowHeaderConnectionsAreClosedWithinTheHeaderTimeout() {
        try (RawConnection slow = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            slow.write("GET /api/matches HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            long started = System.nanoTime();
            boolean closed = false;
            for (int line = 0; line < 20 && !closed; line++) {
                closed = slow.closedWithin(Duration.ofMillis(500));
                if (!closed) {
                    slow.write("X-Slow-" + line + ": 1\r\n");
                }
            }
            Duration held = Duration.ofNanos(System.nanoTime() - started);
            assertThat(closed).as("a head trickled a line every 0.5 s is cut off").isTrue();
            assertThat(held).isBetween(HEADER_TIMEOUT.minusMillis(500), HEADER_TIMEOUT.plus(SLACK));
        }
    }

    @Test
    void manyIdleConnectionsAreClosedWithinTheHeaderTimeout() {
        List<RawConnection> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                idle.add(RawConnection.open(target.port()));
                attacks.incrementAndGet();
            }
            assertThat(idle.get(0).closedWithin(HEADER_TIMEOUT.dividedBy(4))).as("not before the timeout").isFalse();
            for (RawConnection connection : idle) {
                assertThat(connection.closedWithin(HEADER_TIMEOUT.plus(SLACK))).isTrue();
            }
        } finally {
            idle.forEach(RawConnection::close);
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterItsAnswer() {
        try (RawConnection keepAlive = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            keepAlive.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(keepAlive.readHead(Duration.ofSeconds(10))).startsWith("HTTP/1.1 200");
            assertThat(keepAlive.closedWithin(HEADER_TIMEOUT.plus(SLACK))).isTrue();
        }
    }

    @Test
    void aBodyThatTricklesIsAnswered408AndTheConnectionClosed() {
        try (RawConnection slow = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            slow.write("POST /api/players HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\":");
            String head = slow.readHead(BODY_TIMEOUT.plus(SLACK));
            assertThat(head).startsWith("HTTP/1.1 408").containsIgnoringCase("content-type: application/problem+json");
            assertThat(slow.closedWithin(SLACK)).isTrue();
        }
    }

    @Test
    void anAnswerWaitsForTheBodyOfItsRequestAndWritesNoWarning() {
        log.clear();
        try (RawConnection unread = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            unread.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nab");
            assertThat(unread.readHead(Duration.ofMillis(300))).as("no answer before the body ends").isEmpty();
            unread.write("cde");
            assertThat(unread.readHead(SLACK)).startsWith("HTTP/1.1 200");
        }
        try (RawConnection never = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            never.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n");
            assertThat(never.readHead(BODY_TIMEOUT.plus(SLACK))).startsWith("HTTP/1.1 408")
                    .containsIgnoringCase("application/problem+json");
        }
        assertThat(log.events()).as("no line about early answers").isEmpty();
    }

    @Test
    void oversizedBodiesAre413OnEveryJsonRoute() {
        String huge = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        for (String operation : target.document.jsonBodyOperations()) {
            String[] parts = operation.split(" ", 2);
            String token = switch (target.document.security(operation)) {
                case "adminToken" -> target.admin;
                case "playerToken" -> target.alice.token();
                default -> null;
            };
            attacks.incrementAndGet();
            HttpResponse<String> response = target.api.call(parts[0], target.concrete(parts[1], 1), token, huge);

            assertThat(response.statusCode()).as(operation).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).as(operation).contains("application/problem+json");
        }
    }

    @Test
    void oversizedWebSocketMessagesCloseWith1009OnEveryStream() {
        log.clear();
        int connections = 0;
        for (String stream : target.document.streams()) {
            String path = target.concrete(stream.split(" ", 2)[1], 1);
            for (int size : new int[] {MAX_MESSAGE + 1, 70 * 1024, 1024 * 1024}) {
                try (RawConnection socket = RawConnection.open(target.port())) {
                    connections++;
                    attacks.incrementAndGet();
                    assertThat(socket.handshake(path, "127.0.0.1", target.credentials(stream))).as(stream).startsWith("HTTP/1.1 101");
                    socket.sendFrame(0x1, "x".repeat(size).getBytes(StandardCharsets.UTF_8));
                    RawConnection.Frame close = socket.awaitClose(SLACK, true);
                    assertThat(close).as("%s, %d bytes", stream, size).isNotNull();
                    assertThat(close.closeCode()).as("%s, %d bytes", stream, size).isEqualTo(1009);
                }
            }
            try (RawConnection socket = RawConnection.open(target.port())) {
                connections++;
                attacks.incrementAndGet();
                socket.handshake(path, "127.0.0.1", target.credentials(stream));
                byte[] part = "y".repeat(MAX_MESSAGE / 3).getBytes(StandardCharsets.UTF_8);
                socket.sendFrame(0x1, part, false).sendFrame(0x0, part, false).sendFrame(0x0, part, false)
                        .sendFrame(0x0, part, true);
                RawConnection.Frame close = socket.awaitClose(SLACK, true);
                assertThat(close.closeCode()).as("%s, a message in 4 frames", stream).isEqualTo(1009);
            }
        }
        assertThat(connections).isGreaterThanOrEqualTo(8);

        List<ILoggingEvent> lines = log.events();
        assertThat(lines).as("no line with a stack trace").allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(lines).as("nothing at ERROR").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(lines.stream().filter(e -> e.getFormattedMessage().contains("1009")).count())
                .as("at most one line per connection").isLessThanOrEqualTo(connections);
    }

    @Test
    void aFloodOfOversizedMessagesWritesABoundedLog() {
        log.clear();
        String path = "/api/matches/" + target.matchId + "/stream";
        int connections = 60;
        for (int i = 0; i < connections; i++) {
            try (RawConnection socket = RawConnection.open(target.port())) {
                attacks.incrementAndGet();
                socket.handshake(path, "127.0.0.1", List.of());
                socket.sendFrame(0x1, new byte[70 * 1024]);
                assertThat(socket.awaitClose(SLACK, true).closeCode()).isEqualTo(1009);
            }
        }
        List<ILoggingEvent> lines = log.events();
        assertThat(lines).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(lines.size()).as("lines for %d oversized messages", connections).isLessThanOrEqualTo(12);
    }

    @Test
    void aWebSocketClientThatAnswersNoPingIsDisconnected() {
        String path = "/api/tournaments/" + target.tournamentId + "/stream";
        try (RawConnection silent = RawConnection.open(target.port());
             RawConnection polite = RawConnection.open(target.port())) {
            attacks.incrementAndGet();
            assertThat(silent.handshake(path, "127.0.0.1", List.of())).startsWith("HTTP/1.1 101");
            assertThat(polite.handshake(path, "127.0.0.1", List.of())).startsWith("HTTP/1.1 101");

            assertThat(polite.awaitClose(Duration.ofSeconds(5), true)).as("a client that answers stays").isNull();
            RawConnection.Frame close = silent.awaitClose(SLACK, false);
            assertThat(close).as("the silent client, meanwhile").isNotNull();
            assertThat(close.closeCode()).isIn(1008, -1);
        }
    }

    @Test
    void oneClientAddressHoldsAtMostTheConfiguredConnections() {
        List<RawConnection> held = new ArrayList<>();
        try {
            String refused = null;
            for (int i = 0; i < MAX_PER_CLIENT + 2 && refused == null; i++) {
                RawConnection connection = RawConnection.open(target.port());
                held.add(connection);
                attacks.incrementAndGet();
                connection.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                String head = connection.readHead(Duration.ofSeconds(10));
                if (head.startsWith("HTTP/1.1 429")) {
                    refused = head;
                } else {
                    assertThat(head).startsWith("HTTP/1.1 200");
                }
            }
            assertThat(refused).as("refused by the %dth connection at the latest", MAX_PER_CLIENT + 1).isNotNull()
                    .containsIgnoringCase("retry-after").containsIgnoringCase("connection: close");
            assertThat(held.get(held.size() - 1).closedWithin(SLACK)).isTrue();
        } finally {
            held.forEach(RawConnection::close);
        }
        assertThat(eventuallyAccepted()).as("closed connections are given back").startsWith("HTTP/1.1 200");
    }

    /** The head of the answer to a request on a fresh connection, retried while the server counts closed ones. */
    private static String eventuallyAccepted() {
        String head = "";
        for (int i = 0; i < 50 && !head.startsWith("HTTP/1.1 200"); i++) {
            try (RawConnection connection = RawConnection.open(target.port())) {
                connection.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                head = connection.readHead(Duration.ofSeconds(10));
            }
            sleep(100);
        }
        return head;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
