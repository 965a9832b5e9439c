package dev.involution.arena.client;

import dev.involution.arena.client.api.MatchesApi;
import dev.involution.arena.client.api.PlayApi;
import dev.involution.arena.client.api.PlayersApi;
import dev.involution.arena.client.api.WatchApi;
import dev.involution.arena.client.model.Decisions;
import dev.involution.arena.client.model.FirmPublic;
import dev.involution.arena.client.model.MatchConfigRequest;
import dev.involution.arena.client.model.MatchDetails;
import dev.involution.arena.client.model.OrderRequest;
import dev.involution.arena.client.model.OrderResult;
import dev.involution.arena.client.model.ReadyRequest;
import dev.involution.arena.client.model.RegisterPlayer;
import dev.involution.arena.client.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client generated from the arena's OpenAPI document plays a match: two bots written against
 * it alone register, join a lockstep match with a house bot, post decisions, buy compute and say
 * ready every round until the match finishes; then the standings and their firms' activity are read
 * back with it. The arena is the built jar, in its own process.
 */
class GeneratedClientIT {
    private static final int ROUNDS = 5;

    @Test
    void botsWrittenAgainstTheGeneratedClientPlayAMatch() throws Exception {
        try (ArenaLauncher arena = new ArenaLauncher()) {
            ApiClient anonymous = client(arena, null);
            List<String> tokens = List.of(register(anonymous, "gen-bot-1"), register(anonymous, "gen-bot-2"));
            MatchesApi admin = new MatchesApi(client(arena, arena.adminToken()));
            String matchId = admin.createMatch(new MatchConfigRequest().name("generated client").rounds(ROUNDS)
                    .roundMillis(10_000L).seats(3).houseBots(List.of("cost-plus")).lockstep(true)).getMatchId();
            List<PlayApi> bots = tokens.stream().map(t -> new PlayApi(client(arena, t))).toList();
            for (PlayApi bot : bots) {
                bot.joinMatch(matchId, UUID.randomUUID().toString(), null);
            }
            admin.startMatch(matchId);

            WatchApi watch = new WatchApi(anonymous);
            int[] played = new int[bots.size()];
            long giveUp = System.nanoTime() + 120_000_000_000L;
            MatchDetails details = watch.getMatch(matchId);
            while (!"FINISHED".equals(details.getSummary().getStatus().getValue()) && System.nanoTime() < giveUp) {
                int round = details.getSummary().getRound();
                for (int i = 0; i < bots.size(); i++) {
                    if (played[i] < round) {
                        play(bots.get(i), matchId, round);
                        played[i] = round;
                    }
                }
                Thread.sleep(20);
                details = watch.getMatch(matchId);
            }

            assertThat(details.getSummary().getStatus().getValue()).isEqualTo("FINISHED");
            assertThat(details.getStandings()).hasSize(3);
            assertThat(details.getFirms()).filteredOn(f -> f.getKind() == FirmPublic.KindEnum.PLAYER)
                    .extracting(FirmPublic::getLastActiveRound).containsOnly(ROUNDS);
            assertThat(bots.get(0).myRefusals(matchId).getRefusals()).isNotNull();
        }
    }

    private static void play(PlayApi bot, String matchId, int round) throws ApiException {
        bot.setDecisions(matchId, new Decisions().price(9L).bounty(0L).rnd(40_000L), UUID.randomUUID().toString());
        OrderResult order = bot.placeOrder(matchId, new OrderRequest().side(Side.BUY).price(6_000L).quantity(400L)
                .clientOrderId("round-" + round).fit(true));
        assertThat(order.getQuantity()).isPositive();
        bot.ready(matchId, new ReadyRequest().round(round));
    }

    private static String register(ApiClient anonymous, String name) throws ApiException {
        return new PlayersApi(anonymous).registerPlayer(new RegisterPlayer().name(name)).getToken();
    }

    private static ApiClient client(ArenaLauncher arena, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(arena.baseUri());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
