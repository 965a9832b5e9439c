package dev.involution.bots.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.bots.api.ApiJson;
import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.LadderMember;
import dev.involution.bots.api.MyRefusals;
import dev.involution.bots.api.PlayerMatches;
import dev.involution.bots.api.ReadyAnswer;
import dev.involution.bots.api.ReadyRequest;
import dev.involution.bots.api.JoinRequest;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.MatchCreated;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.MatchStatusChange;
import dev.involution.bots.api.MatchSummary;
import dev.involution.bots.api.MyFirm;
import dev.involution.bots.api.OrderCancelled;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.Problem;
import dev.involution.bots.api.RegisterPlayer;
import dev.involution.bots.api.Registration;
import dev.involution.bots.api.SeatJoined;
import dev.involution.bots.api.stream.MatchEvent;
import dev.involution.bots.api.stream.StreamMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A client of the arena's public HTTP API, for bots. Every method sends one request (repeating it
 * when that is safe, see {@link RetryPolicy}) and returns the answer as a record, or throws
 * {@link ArenaException} with the server's problem details, or {@link ArenaTransportException}
 * when no answer came. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ArenaClient anonymous = ArenaClient.of("http://localhost:8080");
 * Registration me = anonymous.register("my-bot");
 * ArenaClient client = anonymous.withToken(me.token());
 * SeatJoined seat = client.join(matchId);
 * client.setDecisions(matchId, new Decisions(9, 0, 40_000));
 * client.placeOrder(matchId, new OrderRequest(Side.BUY, 6_000, 250, null));
 * try (MatchFollower stream = client.follow(matchId, message -> System.out.println(message.type()))) {
 *     stream.done().join();
 * }
 * }</pre>
 *
 * <p>Writes are made safe to repeat: an order without a {@code clientOrderId} gets a random one,
 * and a cancel, a join or new decisions get a random {@code Idempotency-Key}; the same id or key is
 * sent on every attempt of that call, so a request repeated after a timeout or a 5xx takes effect
 * once.
 */
public final class ArenaClient {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Transport transport;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AtomicLong retries;

    /** Waits between attempts. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    ArenaClient(URI base, String token, HttpClient http, Transport transport, RetryPolicy retryPolicy,
                Sleeper sleeper, Clock clock, AtomicLong retries) {
        this.base = base;
        this.token = token;
        this.http = http;
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.retries = retries;
    }

    /** A client of the arena at {@code baseUrl} (e.g. {@code http://localhost:8080}), without a token. */
    public static ArenaClient of(String baseUrl) {
        return builder(baseUrl).build();
    }

    /** A client of the arena at {@code baseUrl} that sends {@code token} as its bearer token. */
    public static ArenaClient of(String baseUrl, String token) {
        return builder(baseUrl).token(token).build();
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** This client with another bearer token (a player's, or the admin's); shares connections and counters. */
    public ArenaClient withToken(String bearerToken) {
        return new ArenaClient(base, bearerToken, http, transport, retryPolicy, sleeper, clock, retries);
    }

    /** The arena's base URI. */
    public URI baseUri() {
        return base;
    }

    /** The bearer token this client sends, or null. */
    public String token() {
        return token;
    }

    /** How many times this client (and the clients made from it with {@link #withToken}) repeated a request. */
    public long retries() {
        return retries.get();
    }

    // ---- players

    /** {@code POST /api/players}: registers a player; the token in the answer is shown only once. */
    public Registration register(String name) {
        return call("POST", "/api/players", new RegisterPlayer(name), null, false, Registration.class);
    }

    // ---- matches

    /** {@code GET /api/matches}: every match. */
    public List<MatchSummary> matches() {
        return call("GET", "/api/matches", null, null, true, new TypeReference<List<MatchSummary>>() { });
    }

    /** {@code GET /api/matches?status=...}: the matches in one status ({@code OPEN}, {@code RUNNING}, ...). */
    public List<MatchSummary> matches(String status) {
        return call("GET", "/api/matches?status=" + query(status), null, null, true,
                new TypeReference<List<MatchSummary>>() { });
    }

    /** {@code GET /api/matches/{id}}: the public view of a match. */
    public MatchDetails match(String matchId) {
        return call("GET", matchPath(matchId), null, null, true, MatchDetails.class);
    }

    /** {@code GET /api/matches/{id}/book}: the order book by price level. */
    public BookDepth book(String matchId) {
        return call("GET", matchPath(matchId) + "/book", null, null, true, BookDepth.class);
    }

    /** {@code GET /api/matches/{id}/me}: this player's firm and its resting orders. */
    public MyFirm me(String matchId) {
        return call("GET", matchPath(matchId) + "/me", null, null, true, MyFirm.class);
    }

    /**
     * {@code GET /api/matches/{id}/events?from=&limit=}: up to {@code limit} (1 to 10,000) events
     * from sequence number {@code from} (at least 1), in order.
     */
    public List<MatchEvent> events(String matchId, long from, int limit) {
        List<JsonNode> nodes = call("GET", matchPath(matchId) + "/events?from=" + from + "&limit=" + limit, null, null,
                true, new TypeReference<List<JsonNode>>() { });
        List<MatchEvent> events = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            if (StreamMessage.of(node) instanceof MatchEvent e) {
                events.add(e);
            }
        }
        return events;
    }

    /** Every event of a match from sequence number {@code from} on, page by page. */
    public List<MatchEvent> allEvents(String matchId, long from) {
        List<MatchEvent> all = new ArrayList<>();
        long next = from;
        while (true) {
            List<MatchEvent> page = events(matchId, next, 10_000);
            all.addAll(page);
            if (page.isEmpty()) {
                return all;
            }
            next = page.get(page.size() - 1).seq() + 1;
        }
    }

    // ---- playing

    /** {@code POST /api/matches/{id}/seats}: takes a seat under the player's own name (or returns the seat it holds). */
    public SeatJoined join(String matchId) {
        return call("POST", matchPath(matchId) + "/seats", null, newKey(), true, SeatJoined.class);
    }

    /** {@code POST /api/matches/{id}/seats}: takes a seat with this firm name (or returns the seat it holds). */
    public SeatJoined join(String matchId, String firmName) {
        return call("POST", matchPath(matchId) + "/seats", new JoinRequest(firmName), newKey(), true, SeatJoined.class);
    }

    /**
     * {@code POST /api/matches/{id}/orders}: places a limit order. Without a {@code clientOrderId}
     * the client makes one up, so that repeating the request is safe. Placing an order with a
     * {@code clientOrderId} used before returns the original result (or 422 if the order differs).
     */
    public OrderResult placeOrder(String matchId, OrderRequest order) {
        OrderRequest keyed = order.clientOrderId() != null ? order
                : new OrderRequest(order.side(), order.price(), order.quantity(), newKey(), order.round(), order.fit());
        return call("POST", matchPath(matchId) + "/orders", keyed, null, true, OrderResult.class);
    }

    /** {@code DELETE /api/matches/{id}/orders/{orderId}}: cancels what is left of a resting order. */
    public OrderCancelled cancelOrder(String matchId, long orderId) {
        return cancelOrder(matchId, orderId, newKey());
    }

    /** Cancels an order with the caller's own idempotency key. */
    public OrderCancelled cancelOrder(String matchId, long orderId, String idempotencyKey) {
        return call("DELETE", matchPath(matchId) + "/orders/" + orderId, null, idempotencyKey, true,
                OrderCancelled.class);
    }

    /** {@code PUT /api/matches/{id}/decisions}: posts price, bounty and R&amp;D for the current round. */
    public Decisions setDecisions(String matchId, Decisions decisions) {
        return setDecisions(matchId, decisions, newKey());
    }

    /** Posts decisions with the caller's own idempotency key. */
    public Decisions setDecisions(String matchId, Decisions decisions, String idempotencyKey) {
        return call("PUT", matchPath(matchId) + "/decisions", decisions, idempotencyKey, true, Decisions.class);
    }

    /**
     * {@code POST /api/matches/{id}/ready}: the firm is done with {@code round} of a lockstep match
     * (or, round 0, ready for a scheduled match to begin). Safe to repeat: a second ready changes nothing.
     */
    public ReadyAnswer ready(String matchId, int round) {
        return call("POST", matchPath(matchId) + "/ready", new ReadyRequest(round), null, true, ReadyAnswer.class);
    }

    /** {@code GET /api/matches/{id}/me/refusals}: the player's last refusals in the match. */
    public MyRefusals refusals(String matchId) {
        return call("GET", matchPath(matchId) + "/me/refusals", null, null, true, MyRefusals.class);
    }

    /** {@code GET /api/players/me/matches}: the player's next matches, in tournaments and on the ladder. */
    public PlayerMatches nextMatches() {
        return call("GET", "/api/players/me/matches", null, null, true, PlayerMatches.class);
    }

    /** {@code POST /api/ladder/entrants}: joins the ladder (or comes back to it). */
    public LadderMember joinLadder() {
        return call("POST", "/api/ladder/entrants", null, null, true, LadderMember.class);
    }

    // ---- the stream

    /**
     * Follows a match's stream from now: a {@link dev.involution.bots.api.stream.Snapshot} first,
     * then every event, reconnecting and resyncing as needed (see {@link MatchFollower}).
     */
    public MatchFollower follow(String matchId, StreamListener listener) {
        return follow(matchId, 0, FollowOptions.defaults(), listener);
    }

    /**
     * Follows a match's stream from event {@code fromSeq} (at least 1; 0 means from a snapshot of
     * now), with {@code options}.
     */
    public MatchFollower follow(String matchId, long fromSeq, FollowOptions options, StreamListener listener) {
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + matchPath(matchId) + "/stream");
        MatchFollower follower = new MatchFollower(http, ws, token, fromSeq, options, listener);
        follower.start();
        return follower;
    }

    // ---- admin

    /** {@code POST /api/matches} (admin): creates a match. */
    public MatchCreated createMatch(MatchConfigRequest config) {
        return call("POST", "/api/matches", config, null, false, MatchCreated.class);
    }

    /** {@code POST /api/matches/{id}/start} (admin). */
    public MatchStatusChange start(String matchId) {
        return control(matchId, "start");
    }

    /** {@code POST /api/matches/{id}/pause} (admin). */
    public MatchStatusChange pause(String matchId) {
        return control(matchId, "pause");
    }

    /** {@code POST /api/matches/{id}/resume} (admin). */
    public MatchStatusChange resume(String matchId) {
        return control(matchId, "resume");
    }

    /** {@code POST /api/matches/{id}/stop} (admin). */
    public MatchStatusChange stop(String matchId) {
        return control(matchId, "stop");
    }

    private MatchStatusChange control(String matchId, String action) {
        return call("POST", matchPath(matchId) + "/" + action, null, null, false, MatchStatusChange.class);
    }

    // ---- plumbing

    private <T> T call(String method, String path, Object body, String idempotencyKey, boolean safeToRepeat,
                       Class<T> type) {
        return call(method, path, body, idempotencyKey, safeToRepeat, json -> ApiJson.read(json, type));
    }

    private <T> T call(String method, String path, Object body, String idempotencyKey, boolean safeToRepeat,
                       TypeReference<T> type) {
        return call(method, path, body, idempotencyKey, safeToRepeat, json -> ApiJson.read(json, type));
    }

    private <T> T call(String method, String path, Object body, String idempotencyKey, boolean safeToRepeat,
                       Function<String, T> read) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            headers.put(IDEMPOTENCY_KEY, idempotencyKey);
        }
        Transport.Request request = new Transport.Request(method, path, headers, body == null ? null : ApiJson.write(body));
        Transport.Response response = exchange(request, safeToRepeat);
        return read.apply(response.body());
    }

    /** Sends the request, repeating it as the policy allows; a 2xx answer or an exception. */
    Transport.Response exchange(Transport.Request request, boolean safeToRepeat) {
        for (int attempt = 1; ; attempt++) {
            Transport.Response response;
            try {
                response = transport.send(request);
            } catch (IOException e) {
                Optional<Duration> wait = retryPolicy.afterFailure(attempt, e, safeToRepeat);
                if (wait.isEmpty()) {
                    throw new ArenaTransportException(request.method() + " " + request.path() + ": no answer after "
                            + attempt + (attempt == 1 ? " attempt" : " attempts") + ": " + e, e);
                }
                pause(wait.get(), request);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArenaTransportException(request.method() + " " + request.path() + ": interrupted",
                        new java.io.InterruptedIOException(e.getMessage()));
            }
            if (response.status() >= 200 && response.status() < 300) {
                return response;
            }
            Optional<Duration> retryAfter = response.header("Retry-After")
                    .flatMap(v -> RetryPolicy.parseRetryAfter(v, clock.instant()));
            Optional<Duration> wait = retryPolicy.afterStatus(attempt, response.status(), retryAfter, safeToRepeat);
            if (wait.isEmpty()) {
                throw new ArenaException(request.method(), request.path(), Problem.from(response.status(), response.body()),
                        retryAfter.orElse(null));
            }
            pause(wait.get(), request);
        }
    }

    private void pause(Duration wait, Transport.Request request) {
        retries.incrementAndGet();
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArenaTransportException(request.method() + " " + request.path() + ": interrupted while waiting to retry",
                    new java.io.InterruptedIOException(e.getMessage()));
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    static String matchPath(String matchId) {
        return "/api/matches/" + segment(matchId);
    }

    private static String segment(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value, "matchId"), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Settings of a new client. */
    public static final class Builder {
        private final URI base;
        private String token;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();

        private Builder(String baseUrl) {
            String url = Objects.requireNonNull(baseUrl, "baseUrl").strip();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            URI uri = URI.create(url + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("the server URL must start with http:// or https://: " + baseUrl);
            }
            this.base = URI.create(url);
        }

        /** The bearer token to send (a player's or the admin's). */
        public Builder token(String bearerToken) {
            this.token = bearerToken;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** How long to wait for each answer before the attempt counts as timed out (default 15 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        public ArenaClient build() {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout)
                    .build();
            return new ArenaClient(base, token, http, new JdkTransport(http, base, requestTimeout), retryPolicy,
                    d -> Thread.sleep(d.toMillis()), Clock.systemUTC(), new AtomicLong());
        }
    }
}
