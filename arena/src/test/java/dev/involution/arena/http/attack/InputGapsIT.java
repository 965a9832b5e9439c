package dev.involution.arena.http.attack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static dev.involution.arena.testkit.MatchClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Identifiers and names without control or format characters, names that show something, one
 * name per firm in a match, and a data directory only its owner can read.
 */
class InputGapsIT {

    private static AttackArena target;

    @BeforeAll
    static void start() {
        target = AttackArena.start(settings -> settings);
    }

    @AfterAll
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    @ParameterizedTest(name = "clientOrderId {0}")
    @ValueSource(strings = {"a\\u0000b", "\\u0000", "id\\u200b", "id\\u202e", "\\ufeffid", "id\\u0007"})
    void controlAndFormatCharactersInAClientOrderIdAre400(String escaped) {
        long seq = target.api.seq(target.matchId);

        HttpResponse<String> response = target.api.order(target.alice.token(), target.matchId,
                "{\"side\":\"BUY\",\"price\":100,\"quantity\":1,\"clientOrderId\":\"" + escaped + "\"}");

        JsonNode refused = problem(400, response);
        assertThat(refused.path("field").asText()).isEqualTo("clientOrderId");
        assertThat(refused.path("rule").asText()).isEqualTo("control-characters");
        assertThat(target.api.seq(target.matchId)).as("nothing happened").isEqualTo(seq);
    }

    @ParameterizedTest(name = "name {0}")
    @ValueSource(strings = {"\\u200b", " \\u200b\\u200c ", "\\u3164", "\\u2800\\u2800", "\\u00a0"})
    void namesMadeOfInvisibleCharactersAre400(String escaped) {
        JsonNode refused = problem(400, target.arena.postJson("/api/players", "{\"name\":\"" + escaped + "\"}"));

        assertThat(refused.path("field").asText()).isEqualTo("name");
        assertThat(refused.path("rule").asText()).isEqualTo("min-length");
    }

    @ParameterizedTest(name = "name {0}")
    @ValueSource(strings = {"Ada\\u200bLovelace", "Ada\\u202eecalevoL", "Ada\\u0000", "A\\u2028B"})
    void namesWithControlOrFormatCharactersAre400(String escaped) {
        JsonNode refused = problem(400, target.arena.postJson("/api/players", "{\"name\":\"" + escaped + "\"}"));

        assertThat(refused.path("rule").asText()).isEqualTo("control-characters");
    }

    @ParameterizedTest(name = "a second {0}")
    @ValueSource(strings = {"Alice", "alice", " ALICE ", "\\uff21lice", "Ali ce"})
    void twoFirmsOfAMatchCannotShareAName(String escaped) {
        RunningArena.Registered impostor = target.api.register("Impostor");
        long seq = target.api.seq(target.matchId);

        HttpResponse<String> response = target.api.call("POST", "/api/matches/" + target.matchId + "/seats",
                impostor.token(), "{\"name\":\"" + escaped + "\"}");

        JsonNode refused = problem(409, response);
        assertThat(refused.path("code").asText()).isEqualTo("NAME_TAKEN");
        assertThat(refused.path("field").asText()).isEqualTo("name");
        assertThat(refused.path("detail").asText()).contains("Alice");
        assertThat(target.api.seq(target.matchId)).isEqualTo(seq);
    }

    @Test
    void theJournalAndTheDataDirectoryAreTheOwnersOnly() throws IOException {
        Path dataDir = target.arena.dataDir();
        assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);

        assertThat(Files.getPosixFilePermissions(dataDir)).doesNotContainAnyElementsOf(others);
        Path journal = dataDir.resolve("arena.mv.db");
        assertThat(journal).exists();
        assertThat(Files.getPosixFilePermissions(journal)).doesNotContainAnyElementsOf(others);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("admin-token"))).doesNotContainAnyElementsOf(others);
    }
}
