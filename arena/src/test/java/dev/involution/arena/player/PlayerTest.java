package dev.involution.arena.player;

import akka.Done;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.pattern.StatusReply;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import akka.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import com.typesafe.config.ConfigFactory;
import dev.involution.arena.metrics.ArenaMetrics;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerTest {

    private static final ActorTestKit testKit = ActorTestKit.create(
            ConfigFactory.parseString("akka.actor.provider = local")
                    .withFallback(EventSourcedBehaviorTestKit.config())
                    .withFallback(PersistenceTestKitSnapshotPlugin.getInstance().config())
                    .withFallback(ConfigFactory.parseResources("serialization.conf"))
                    .withFallback(ConfigFactory.defaultReference())
                    .resolve());

    private static final String PLAYER_ID = "6f1c1a9e-2a59-4a4e-9a51-4f7a2d9c0b11";
    private static final String HASH = Sha256.hex(PLAYER_ID + ".secret");
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private final EventSourcedBehaviorTestKit<Player.Command, Player.Event, Player.State> player =
            EventSourcedBehaviorTestKit.create(testKit.system(),
                    Player.create(PLAYER_ID, ArenaMetrics.get(testKit.system())));

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    @BeforeEach
    void clear() {
        player.clear();
    }

    @Test
    void registersOnceAndPersistsTheNameAndTokenHash() {
        var result = player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        assertThat(result.reply().isSuccess()).isTrue();
        assertThat(result.event()).isInstanceOfSatisfying(Player.Registered.class, event -> {
            assertThat(event.name()).isEqualTo("Alice");
            assertThat(event.tokenHash()).isEqualTo(HASH);
            assertThat(event.at()).isEqualTo(AT);
        });
        assertThat(result.state()).isInstanceOf(Player.Active.class);
    }

    @Test
    void storingTheSamePlayerAgainIsAcknowledgedWithoutAnEvent() {
        player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        var again = player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        assertThat(again.reply().isSuccess()).isTrue();
        assertThat(again.hasNoEvents()).isTrue();
    }

    @Test
    void refusesARegistrationWithAnotherTokenWithoutAnEvent() {
        player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        var again = player.<StatusReply<Done>>runCommand(
                replyTo -> new Player.Register("Mallory", Sha256.hex("other"), AT, replyTo));

        assertThat(again.reply().isError()).isTrue();
        assertThat(again.hasNoEvents()).isTrue();
    }

    @Test
    void checksTokensAgainstTheStoredHash() {
        assertThat(player.<Player.TokenChecked>runCommand(replyTo -> new Player.CheckToken(HASH, replyTo))
                .reply().valid()).as("before registration").isFalse();

        player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        assertThat(player.<Player.TokenChecked>runCommand(replyTo -> new Player.CheckToken(HASH, replyTo))
                .reply().valid()).isTrue();
        assertThat(player.<Player.TokenChecked>runCommand(replyTo -> new Player.CheckToken(Sha256.hex("other"), replyTo))
                .reply().valid()).isFalse();
    }

    @Test
    void recoversTheProfileAfterARestart() {
        player.<StatusReply<Done>>runCommand(replyTo -> new Player.Register("Alice", HASH, AT, replyTo));

        player.restart();

        Player.ProfileReply profile = player.<Player.ProfileReply>runCommand(Player.GetProfile::new).reply();
        assertThat(profile).isInstanceOfSatisfying(Player.Profile.class, found -> {
            assertThat(found.playerId()).isEqualTo(PLAYER_ID);
            assertThat(found.name()).isEqualTo("Alice");
        });
    }

    @Test
    void anUnregisteredPlayerIsUnknown() {
        assertThat(player.<Player.ProfileReply>runCommand(Player.GetProfile::new).reply())
                .isEqualTo(new Player.UnknownPlayer(PLAYER_ID));
    }
}
