package dev.involution.arena.http.match;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With a match's admission bound at one waiting command, a burst of concurrent orders is partly
 * refused: every refusal is a 503 with Retry-After and the match's {@code MATCH_OVERLOADED} problem,
 * whether the match or the order route (while the match refuses) gave it, and places nothing; once
 * the burst is over, an order is placed again.
 */
class OrderAdmissionIT {
    private static final int BURST = 48;

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false)
            .with("arena.matches.max-queued-orders", 1));

    private static final ExecutorService senders = Executors.newFixedThreadPool(BURST);

    @AfterAll
    static void stop() {
        senders.shutdownNow();
    }

    private static MatchClient api() {
        return table.api();
    }

    private static int openOrders(String matchId) {
        return api().me(table.alice().token(), matchId).get("openOrders").size();
    }

    @Test
    void aBurstPastTheBoundIsPartlyRefusedWithRetryAfterAndNothingRefusedIsPlaced() throws Exception {
        String matchId = table.newMatch();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int burst = 0; burst < 20 && answers.stream().noneMatch(a -> a.statusCode() == 503); burst++) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                long price = 1 + i % 40;
                sent.add(senders.submit(() -> api().order(table.alice().token(), matchId,
                        "{\"side\":\"BUY\",\"price\":" + price + ",\"quantity\":1}")));
            }
            for (Future<HttpResponse<String>> f : sent) {
                answers.add(f.get());
            }
        }

        long placed = answers.stream().filter(a -> a.statusCode() == 201).count();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertThat(refused).as("refusals in %d orders", answers.size()).isNotEmpty();
        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).as("Retry-After").hasValue("1");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json(r);
            assertThat(problem.get("code").asText()).isEqualTo("MATCH_OVERLOADED");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
        }
        assertThat(openOrders(matchId)).as("only the placed orders rest").isEqualTo((int) placed);

        HttpResponse<String> after = api().order(table.alice().token(), matchId,
                "{\"side\":\"BUY\",\"price\":3,\"quantity\":1}");
        assertThat(after.statusCode()).as("an order after the burst: %s", after.body()).isEqualTo(201);
    }
}
