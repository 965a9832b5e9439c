package dev.involution.arena.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The read-only streams a socket that is not Akka HTTP's can subscribe to (the stream edge), by
 * path: each registered with a template whose {@code *} segments stand for one path segment each
 * (an id), e.g. {@code /api/matches/*}{@code /stream}. The streams are the same the HTTP routes
 * serve; only the socket that writes them differs.
 */
public final class StreamPaths {

    /** Subscribes to a stream given the template's {@code *} segments in order and the query. */
    @FunctionalInterface
    public interface Subscribe {
        CompletionStage<StreamSubscription> subscribe(List<String> segments, Function<String, Optional<String>> query);
    }

    private record Entry(String[] template, Subscribe subscribe) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Serves {@code template}'s path with {@code subscribe}. */
    public void add(String template, Subscribe subscribe) {
        entries.add(new Entry(split(template), subscribe));
    }

    /**
     * The subscription for {@code path} (without its query), or empty when no stream is there.
     * A {@code *} segment matches one non-empty segment.
     */
    public Optional<CompletionStage<StreamSubscription>> subscribe(String path, Function<String, Optional<String>> query) {
        String[] parts = split(path);
        for (Entry entry : entries) {
            Optional<List<String>> segments = match(entry.template(), parts);
            if (segments.isPresent()) {
                return Optional.of(entry.subscribe().subscribe(segments.get(), query));
            }
        }
        return Optional.empty();
    }

    /** The paths served, as templates. */
    public List<String> templates() {
        return entries.stream().map(e -> "/" + String.join("/", e.template())).toList();
    }

    private static Optional<List<String>> match(String[] template, String[] parts) {
        if (template.length != parts.length) {
            return Optional.empty();
        }
        String[] segments = new String[parts.length];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (template[i].equals("*")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                segments[count++] = parts[i];
            } else if (!template[i].equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(Arrays.copyOf(segments, count)));
    }

    private static String[] split(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
    }
}
