package dev.involution.load;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.stats.StatsEngine;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import scala.Option;

/**
 * The match stream's lag, measured by its subscribers: for every message, the time from the
 * server's timestamp on it ({@code at}, epoch milliseconds: when the match accepted the event, or
 * when a heartbeat was sent) to its arrival (Gatling's receive timestamp; same machine, same
 * clock). Each message is recorded in Gatling's statistics as a request named {@value #LAG} whose
 * start is {@code at} and whose end is the arrival, so the console summary, the HTML report and
 * the assertions show the lag's percentiles like any request's. A message whose {@code seq} is
 * not the previous one's plus one (a missed or repeated event) is recorded as a failed
 * {@value #GAP}, so "0 failed requests" also means "no message lost".
 *
 * <p>Gatling's Java DSL has no API for custom metrics. Its WebSocket support buffers the messages
 * no check waits for ({@code wsUnmatchedInboundMessageBufferSize}) and hands them, with their
 * arrival times, to {@code ws.processUnmatchedMessages}; the stats engine comes from the scenario
 * context that Gatling passes to every action builder ({@link #statsHook()}, an action builder that
 * adds no action). This uses Gatling's Scala API ({@code StatsEngine.logResponse}), as protocol
 * plugins do.
 */
final class StreamLag {
    static final String LAG = "stream lag";
    static final String GAP = "stream gap";
    /** Session key: the last {@code seq} seen on the stream. */
    private static final String SEQ = "streamSeq";

    private static volatile StatsEngine stats;
    private static final AtomicLong RECORDED = new AtomicLong();

    private StreamLag() {
    }

    /** Put once into every scenario that records lag (before it records any). */
    static ActionBuilder statsHook() {
        return () -> (context, next) -> {
            stats = context.coreComponents().statsEngine();
            return next;
        };
    }

    /**
     * Opens the stream of match {@code #{matchId}} and waits up to 10 s for its snapshot (a
     * request named {@code stream connect}), keeping the snapshot's {@code seq}.
     */
    static ChainBuilder subscribe() {
        return subscribe("/api/matches/#{matchId}/stream");
    }

    /** The same for the stream at {@code path} (e.g. the no-op stream, {@code /api/noop/stream?...}). */
    static ChainBuilder subscribe(String path) {
        return CoreDsl.exec(ws("stream connect").connect(path)
                .await(Duration.ofSeconds(10)).on(ws.checkTextMessage("snapshot")
                        .matching(jsonPath("$.type").is("snapshot"))
                        .check(jsonPath("$.seq").ofLong().saveAs(SEQ))));
    }

    /** Handles the messages received since the last call: checks their order, records their lag. */
    static ActionBuilder record() {
        return ws.processUnmatchedMessages((messages, session) -> process(messages, session, true));
    }

    /** Like {@link #record()}, but only follows {@code seq} (for messages that came during a ramp-up). */
    static ActionBuilder skip() {
        return ws.processUnmatchedMessages((messages, session) -> process(messages, session, false));
    }

    /** How many messages' lag this JVM has recorded. */
    static long recorded() {
        return RECORDED.get();
    }

    static ActionBuilder close() {
        return ws("stream close").close();
    }

    private static Session process(List<WsInboundMessage> messages, Session session, boolean measure) {
        long last = session.contains(SEQ) ? session.getLong(SEQ) : -1;
        for (WsInboundMessage message : messages) {
            if (!(message instanceof WsInboundMessage.Text text)) {
                continue;
            }
            long[] seqAndAt = seqAndAt(text.message());
            long seq = seqAndAt[0];
            long at = seqAndAt[1];
            long arrival = message.timestamp();
            if (seq >= 0) {
                if (last >= 0 && seq != last + 1) {
                    log(session, GAP, arrival, arrival, KO$.MODULE$,
                            "expected seq " + (last + 1) + ", got " + seq);
                }
                last = Math.max(last, seq);
            }
            if (measure && at > 0) {
                log(session, LAG, Math.min(at, arrival), arrival, OK$.MODULE$, null);
                RECORDED.incrementAndGet();
            }
        }
        return last >= 0 ? session.set(SEQ, last) : session;
    }

    private static void log(Session session, String name, long start, long end, Status status, String message) {
        StatsEngine engine = stats;
        if (engine == null) {
            throw new IllegalStateException("the scenario lacks StreamLag.statsHook()");
        }
        engine.logResponse(session.scenario(), scala.collection.immutable.List$.MODULE$.<String>empty(), name,
                start, end, status, Option.empty(), Option.apply(message));
    }

    /**
     * The top-level members {@code seq} and {@code at} of a JSON object, -1 for a missing one (the
     * text as a String, or its UTF-8 bytes seen one byte a char: the structure is all ASCII).
     * Scans the text once without building a tree, and only until both are found (a round's
     * settlement is 3 KB, its {@code seq} and {@code at} near the start): 5,000 subscribers read
     * 50,000 messages a second, on the same two cores as the server.
     */
    static long[] seqAndAt(CharSequence json) {
        long[] found = {-1, -1};
        int depth = 0;
        int n = json.length();
        int i = 0;
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1) {
                    int colon = skipSpace(json, end + 1);
                    if (colon < n && json.charAt(colon) == ':') {
                        int slot = member(json, i + 1, end);
                        if (slot >= 0) {
                            found[slot] = number(json, skipSpace(json, colon + 1));
                            if (found[0] >= 0 && found[1] >= 0) {
                                return found;
                            }
                        }
                        i = colon + 1;
                        continue;
                    }
                }
                i = end + 1;
            } else {
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
                i++;
            }
        }
        return found;
    }

    private static int member(CharSequence json, int from, int to) {
        int length = to - from;
        if (length == 3 && startsWith(json, "seq", from)) {
            return 0;
        }
        if (length == 2 && startsWith(json, "at", from)) {
            return 1;
        }
        return -1;
    }

    /** Whether {@code json} holds {@code word} at {@code from}. */
    static boolean startsWith(CharSequence json, String word, int from) {
        if (from + word.length() > json.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (json.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the quote that closes the string opening at {@code start}. */
    private static int endOfString(CharSequence json, int start) {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else {
                i++;
            }
        }
        return json.length();
    }

    private static int skipSpace(CharSequence json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static long number(CharSequence json, int i) {
        long value = 0;
        int start = i;
        while (i < json.length() && Character.isDigit(json.charAt(i))) {
            value = value * 10 + (json.charAt(i) - '0');
            i++;
        }
        return i > start ? value : -1;
    }
}
