package dev.involution.arena;

import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What must hold on every journal database: an acknowledged registration survives a restart. */
abstract class PlayersSurviveRestartContract {

    /** The settings that put the journal on the database under test. */
    abstract UnaryOperator<ArenaSettings> database();

    @Test
    void registeredPlayersAndTheirTokensSurviveARestart() {
        RunningArena arena = RunningArena.start(database());
        try {
            assertThat(json(arena.get("/health")).get("status").asText()).isEqualTo("UP");
            RunningArena.Registered grace = arena.register("Grace");
            RunningArena finalArena = arena;
            List<CompletableFuture<RunningArena.Registered>> concurrent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = "Bot " + i;
                concurrent.add(CompletableFuture.supplyAsync(() -> finalArena.register(name)));
            }
            List<RunningArena.Registered> bots = concurrent.stream().map(CompletableFuture::join).toList();

            arena = arena.restart();

            assertThat(json(arena.get("/api/players/me", grace.token())).get("name").asText()).isEqualTo("Grace");
            for (int i = 0; i < bots.size(); i++) {
                assertThat(json(arena.get("/api/players/me", bots.get(i).token())).get("name").asText())
                        .isEqualTo("Bot " + i);
            }
            String forged = grace.playerId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            assertThat(arena.get("/api/players/me", forged).statusCode()).isEqualTo(401);
        } finally {
            arena.close();
        }
    }
}
