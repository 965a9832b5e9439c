package dev.involution.arena.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dev.involution.arena.engine.MarketSnapshot.RestingOrder;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.journal.RestingOrderFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: a book of {@code orders} resting orders written and read back by a CBOR
 * mapper as objects with field names (how snapshots were written before) and with
 * {@link RestingOrderFormat} (arrays of five numbers), alternating, {@code rounds} times; prints the
 * last fifth of the rounds (the earlier ones warm the JIT). Run by {@code bench/snapshot-format.sh}.
 */
public final class SnapshotFormatBench {
    private static final TypeReference<List<RestingOrder>> ORDERS = new TypeReference<>() {
    };

    private SnapshotFormatBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int n = (int) options.getLong("orders", 100_000);
        int rounds = (int) options.getLong("rounds", 40);
        ObjectMapper objects = CBORMapper.builder().build().registerModule(new ParameterNamesModule());
        ObjectMapper arrays = CBORMapper.builder().build().registerModule(new ParameterNamesModule())
                .registerModule(new RestingOrderFormat());
        List<RestingOrder> book = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            book.add(new RestingOrder(1_000_000L + i, i % 8, i % 2 == 0 ? Side.BUY : Side.SELL, 1 + i % 50, 1 + i % 5));
        }
        System.out.printf(Locale.ROOT, "%,d resting orders, %d rounds, the last %d shown%n", n, rounds, Math.max(1, rounds / 5));
        System.out.println("| form | bytes | bytes an order | write µs an order | read µs an order |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int r = 0; r < rounds; r++) {
            for (ObjectMapper mapper : List.of(objects, arrays)) {
                long start = System.nanoTime();
                byte[] bytes = mapper.writeValueAsBytes(book);
                long written = System.nanoTime();
                List<RestingOrder> back = mapper.readValue(bytes, ORDERS);
                long read = System.nanoTime();
                if (!back.equals(book)) {
                    throw new IllegalStateException("the book did not come back as it was written");
                }
                if (r >= rounds - Math.max(1, rounds / 5)) {
                    System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.3f | %.3f |%n",
                            mapper == objects ? "objects with field names" : "arrays (RestingOrderFormat)",
                            bytes.length, bytes.length / (double) n, (written - start) / 1e3 / n, (read - written) / 1e3 / n);
                }
            }
        }
    }
}
