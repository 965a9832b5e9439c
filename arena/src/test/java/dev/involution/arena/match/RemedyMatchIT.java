package dev.involution.arena.match;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.MatchClient.problem;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import dev.involution.bots.runner.BotRunner;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A match with the article's remedies on a real arena: the new choices posted with the decisions,
 * their refusals as problems that change nothing, the events that carry them, the policies that need
 * them, and bots written for the classic API playing such a match to the end.
 */
class RemedyMatchIT {
    private static final String LONG_REMEDIES =
            "{\"name\":\"Remedies\",\"rules\":\"remedies\",\"roundMillis\":600000,\"seats\":4}";

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings);

    private static MatchClient api() {
        return table.api();
    }

    private static String started(String config) {
        String id = api().createMatch(table.admin(), config);
        api().join(table.alice().token(), id);
        api().join(table.bob().token(), id);
        api().control(table.admin(), id, "start");
        return id;
    }

    private static java.net.http.HttpResponse<String> decide(String token, String matchId, String json) {
        return api().call("PUT", "/api/matches/" + matchId + "/decisions", token, json);
    }

    @Test
    void firmsChooseModelsFeesConsortiaAndSafetyWithTheirDecisions() {
        String matchId = started(LONG_REMEDIES);
        String alice = table.alice().token();
        String bob = table.bob().token();
        int aliceFirm = api().me(alice, matchId).get("firm").get("firmId").asInt();

        JsonNode general = json(expect(200, decide(alice, matchId, "{\"price\":8,\"bounty\":0,\"rnd\":1000,"
                + "\"model\":\"GENERAL\",\"licenseFee\":20,\"consortium\":true,\"safety\":5000}")));
        assertThat(general.get("model").asText()).isEqualTo("GENERAL");
        assertThat(general.get("licenseFee").asLong()).isEqualTo(20);
        assertThat(general.get("consortium").asBoolean()).isTrue();
        JsonNode licensed = json(expect(200, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,"
                + "\"model\":\"LICENSED\",\"licensor\":" + aliceFirm + ",\"focus\":2}")));
        assertThat(licensed.get("licensor").asInt()).isEqualTo(aliceFirm);
        assertThat(licensed.get("focus").asInt()).isEqualTo(2);

        JsonNode noFarm = problem(422, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"model\":\"PUBLIC\"}"));
        assertThat(noFarm.get("code").asText()).isEqualTo("NO_PUBLIC_MODEL");
        assertThat(problem(400, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"model\":\"QUANTUM\"}"))
                .get("code").asText()).isEqualTo("INVALID_MODEL");
        assertThat(problem(400, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"focus\":9}"))
                .get("code").asText()).isEqualTo("INVALID_FOCUS");
        assertThat(problem(400, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"safety\":-1}"))
                .get("code").asText()).isEqualTo("INVALID_SAFETY");
        assertThat(problem(400, decide(bob, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"licenseFee\":-5}"))
                .get("code").asText()).isEqualTo("INVALID_LICENSE_FEE");
        assertThat(problem(400, decide(alice, matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0,\"model\":\"LICENSED\","
                + "\"licensor\":" + aliceFirm + "}")).get("code").asText()).isEqualTo("INVALID_LICENSOR");

        JsonNode bobNow = api().me(bob, matchId).get("firm").get("decisions");
        assertThat(bobNow.get("model").asText()).as("refusals changed nothing").isEqualTo("LICENSED");
        assertThat(bobNow.get("price").asLong()).isEqualTo(9);
        JsonNode aliceNow = api().me(alice, matchId).get("firm").get("decisions");
        assertThat(aliceNow.get("model").asText()).isEqualTo("GENERAL");
        assertThat(aliceNow.get("safety").asLong()).isEqualTo(5000);

        JsonNode partly = json(expect(200, decide(alice, matchId, "{\"price\":8,\"bounty\":0,\"rnd\":1000,\"safety\":7000}")));
        assertThat(partly.get("model").asText()).as("a choice left out stays").isEqualTo("GENERAL");
        assertThat(partly.get("safety").asLong()).isEqualTo(7000);

        List<JsonNode> choices = api().events(matchId).stream()
                .filter(e -> e.get("type").asText().equals("decisions-set") && e.hasNonNull("choices")).toList();
        assertThat(choices).extracting(e -> e.get("choices").get("model").asText())
                .containsExactly("GENERAL", "LICENSED", "GENERAL");
        assertThat(choices.get(2).get("choices").get("safety").asLong()).isEqualTo(7000);
    }

    @Test
    void aClassicMatchRefusesTheRemediesChoicesAndPolicies() {
        String matchId = started(MatchInPlay.LONG_ROUNDS);
        JsonNode off = problem(422, decide(table.alice().token(), matchId,
                "{\"price\":9,\"bounty\":0,\"rnd\":0,\"model\":\"GENERAL\"}"));
        assertThat(off.get("code").asText()).isEqualTo("REMEDIES_OFF");
        expect(200, decide(table.alice().token(), matchId, "{\"price\":9,\"bounty\":0,\"rnd\":0}"));
        assertThat(api().me(table.alice().token(), matchId).get("firm").get("decisions").has("model"))
                .as("the classic answer has no choices").isFalse();

        problem(400, api().call("POST", "/api/matches", table.admin(), "{\"rules\":\"quantum\"}"));
        problem(400, api().call("POST", "/api/matches", table.admin(), "{\"policy\":\"article\",\"rules\":\"classic\"}"));
        JsonNode policy = problem(422, api().call("POST", "/api/matches/" + matchId + "/policy", table.admin(),
                "{\"policy\":\"article\"}"));
        assertThat(policy.get("code").asText()).isEqualTo("POLICY_NEEDS_REMEDIES");
    }

    @Test
    void theArticlePolicyRunsPublicFarmsAndResearchFromItsBudget() {
        String matchId = api().createMatch(table.admin(),
                "{\"name\":\"Article\",\"policy\":\"article\",\"rounds\":4,\"roundMillis\":300,\"seats\":4,"
                        + "\"houseBots\":[\"specialist\",\"incumbent\",\"consortium\",\"safety-skimper\"]}");
        api().control(table.admin(), matchId, "start");
        assertThat(Eventually.holds(() -> api().details(matchId).get("summary").get("status").asText()
                .equals("FINISHED"))).isTrue();
        List<JsonNode> events = api().events(matchId);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("intervention-imposed");
            assertThat(e.toString()).contains("PUBLIC_FARMS");
        });
        JsonNode lastRound = events.stream().filter(e -> e.get("type").asText().equals("round-settled"))
                .reduce((a, b) -> b).orElseThrow();
        JsonNode remedies = lastRound.get("report").get("indicators").get("remedies");
        assertThat(remedies.get("publicModels").size()).isEqualTo(4);
        assertThat(remedies.get("budget").asLong()).isLessThan(30_000_000L);
        assertThat(lastRound.get("report").get("firms").get(0).get("remedy").get("usersByUseCase").size()).isEqualTo(4);
    }

    @Test
    void aTeachersRemedyParametersReplaceThePresetsAndTheRestHold() {
        String matchId = api().createMatch(table.admin(),
                "{\"name\":\"No farms\",\"policy\":\"article\",\"rounds\":3,\"roundMillis\":300,\"seats\":3,"
                        + "\"policySettings\":{\"publicFarms\":false,\"levyBasisPoints\":1000},"
                        + "\"houseBots\":[\"specialist\",\"incumbent\",\"safety-skimper\"]}");
        api().control(table.admin(), matchId, "start");
        assertThat(Eventually.holds(() -> api().details(matchId).get("summary").get("status").asText()
                .equals("FINISHED"))).isTrue();
        List<JsonNode> events = api().events(matchId);
        JsonNode settings = events.get(0).get("settings").get("policySettings");
        assertThat(settings.get("publicFarms").asBoolean()).isFalse();
        assertThat(settings.get("levyBasisPoints").asLong()).isEqualTo(1000);
        assertThat(settings.get("basicResearchCents").isNull()).as("left out: the preset's").isTrue();
        String imposed = events.stream().filter(e -> e.get("type").asText().equals("intervention-imposed"))
                .map(JsonNode::toString).reduce("", String::concat);
        assertThat(imposed).doesNotContain("PUBLIC_FARMS").contains("BASIC_RESEARCH", "\"kind\":\"LEVY\",\"firmId\":-1,\"value\":1000");
        events.stream().filter(e -> e.get("type").asText().equals("round-settled")).forEach(e ->
                assertThat(e.get("report").get("indicators").get("remedies").get("publicModels")).isEmpty());
    }

    @Test
    void botsWrittenForTheClassicApiPlayAMatchWithTheRemediesToTheEnd() throws Exception {
        String matchId = api().createMatch(table.admin(), "{\"name\":\"Old bots\",\"rules\":\"remedies\",\"rounds\":6,"
                + "\"roundMillis\":500,\"seats\":4,\"houseBots\":[\"specialist\"]}");
        String base = "http://127.0.0.1:" + table.arena().arena().port();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Process python = null;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Future<Integer> runner = pool.submit(() -> BotRunner.run(new String[] {"--server", base, "--match", matchId,
                    "--strategy", "cost-plus", "--name", "java-kit"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            Path kit = Path.of("..", "bots", "starter-kits", "python", "bot.py").toAbsolutePath().normalize();
            boolean hasPython = Files.exists(kit) && onPath("python3");
            Path pyLog = Files.createTempFile("py-kit", ".log");
            if (hasPython) {
                python = new ProcessBuilder("python3", kit.toString(), "--server", base, "--match", matchId,
                        "--name", "py-kit").redirectErrorStream(true).redirectOutput(pyLog.toFile()).start();
            } else {
                System.out.println("RemedyMatchIT: python3 or the Python kit not found; only the Java runner plays");
            }
            int seated = hasPython ? 3 : 2;
            assertThat(Eventually.holds(() -> api().details(matchId).get("firms").size() == seated)).isTrue();
            api().control(table.admin(), matchId, "start");

            assertThat(runner.get(90, TimeUnit.SECONDS)).as("Java runner's exit status; stderr: %s", err).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("match finished: rank ");
            if (python != null) {
                assertThat(python.waitFor(90, TimeUnit.SECONDS)).isTrue();
                String log = Files.readString(pyLog);
                assertThat(python.exitValue()).as("Python kit's exit status; log: %s", log).isZero();
                assertThat(log).contains("round 6/6: users").contains("match finished: rank");
            }
            List<JsonNode> events = api().events(matchId);
            assertThat(events).filteredOn(e -> e.get("type").asText().equals("decisions-set"))
                    .as("every bot's decisions applied").extracting(e -> e.get("firmId").asInt())
                    .contains(1, 2);
        } finally {
            if (python != null) {
                python.destroy();
            }
            pool.shutdownNow();
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
