package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StreamPathsTest {
    private final StreamPaths paths = new StreamPaths();
    private final List<String> asked = new ArrayList<>();

    StreamPathsTest() {
        paths.add("/api/matches/*/stream", (segments, query) -> answer("match " + segments + " from " + query.apply("from")));
        paths.add("/api/noop/stream", (segments, query) -> answer("noop " + segments + " rate " + query.apply("rate")));
    }

    private CompletableFuture<StreamSubscription> answer(String what) {
        asked.add(what);
        return CompletableFuture.completedFuture(null);
    }

    private static Function<String, Optional<String>> query(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void aPathReachesItsStreamWithItsSegmentsAndQuery() {
        assertThat(paths.subscribe("/api/matches/m-42/stream", query(Map.of("from", "7")))).isPresent();
        assertThat(paths.subscribe("/api/noop/stream", query(Map.of()))).isPresent();
        assertThat(asked).containsExactly("match [m-42] from Optional[7]", "noop [] rate Optional.empty");
    }

    @Test
    void nothingElseIsAStream() {
        for (String path : List.of("/api/matches//stream", "/api/matches/m-42", "/api/matches/m-42/stream/more",
                "/api/matches/m-42/orders", "/", "", "/api/noop")) {
            assertThat(paths.subscribe(path, query(Map.of()))).as(path).isEmpty();
        }
        assertThat(asked).isEmpty();
        assertThat(paths.templates()).containsExactly("/api/matches/*/stream", "/api/noop/stream");
    }
}
