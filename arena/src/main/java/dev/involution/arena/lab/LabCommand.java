package dev.involution.arena.lab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code java -jar arena.jar lab ...}: the policy lab. Plays seeded matches under each policy in
 * fast-forward on all cores, then writes {@code summary.csv}, {@code policies.csv} and
 * {@code report.html} next to the per-match CSVs, and prints the policies' means.
 * Exit codes: 0 done, 1 the lab failed while running, 2 bad arguments.
 */
public final class LabCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final Supplier<LocalDateTime> now;
    private final int processors;

    public LabCommand(PrintStream out, PrintStream err, boolean terminal, LongSupplier nanoTime,
                      Supplier<LocalDateTime> now, int processors) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.now = now;
        this.processors = processors;
    }

    /** The command as run from the jar: the real terminal, clock and processors. */
    public static int main(String[] args) {
        return new LabCommand(System.out, System.err, System.console() != null, System::nanoTime,
                () -> LocalDateTime.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors())
                .run(List.of(args));
    }

    public int run(List<String> args) {
        if (LabOptions.wantsHelp(args)) {
            out.println(LabOptions.USAGE);
            return OK;
        }
        LabOptions options;
        try {
            options = LabOptions.parse(args, () -> LabOptions.timestampedOut(now.get()), processors);
        } catch (LabUsageException e) {
            err.println("lab: " + e.getMessage());
            err.println("Run 'java -jar arena.jar lab --help' for the options.");
            return USAGE;
        }
        try {
            return play(options, args);
        } catch (PolicyLab.LabFailure | IOException e) {
            err.println();
            err.println("lab: failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int play(LabOptions options, List<String> args) throws IOException {
        Files.createDirectories(options.out());
        out.printf(Locale.ROOT, "Policy lab: %s x %d matches (seeds %d..%d), %d rounds, lineup %s, %d threads%n",
                String.join(",", options.policies()), options.matches(), options.seed(),
                options.seed() + options.matches() - 1, options.rounds(), String.join(",", options.lineup()),
                options.threads());
        Progress progress = new Progress(out, terminal, nanoTime, options.totalMatches());
        long start = nanoTime.getAsLong();
        long cpuStart = processCpuNanos();
        List<MatchOutcome> outcomes;
        try {
            outcomes = PolicyLab.run(options, progress);
        } finally {
            progress.finish();
        }
        long played = nanoTime.getAsLong() - start;
        long cpu = processCpuNanos() - cpuStart;
        SummaryCsv.write(options.out().resolve("summary.csv"), outcomes);
        PolicyComparison comparison = new PolicyComparison(options.policies(), options.lineup(), options.rounds(),
                outcomes);
        Files.writeString(options.out().resolve("policies.csv"), PolicyTable.csv(comparison));
        String generated = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(now.get().withNano(0)) + " UTC";
        RemedyReport remedies = null;
        if (options.remedies()) {
            out.printf(Locale.ROOT, "The article's remedies: behaviours 5 to 11 on %d seeds, strictness sweep at %d levels%n",
                    options.matches(), options.sweep().length);
            remedies = RemedyReport.run(options.seed(), options.matches(), options.rounds(), options.threads(),
                    options.lineup(), options.sweep());
            remedies.writeCsv(options.out());
        }
        Path report = HtmlReport.write(options.out(), comparison, new HtmlReport.RunInfo(options.lineup(),
                options.matches(), options.seed(), options.rounds(), command(args), generated), remedies);

        double seconds = played / 1e9;
        int total = options.totalMatches();
        int cores = Math.min(options.threads(), processors);
        out.printf(Locale.ROOT, "%d matches in %.2f s wall on %d threads (%d processors): %.1f matches/s, "
                        + "%.0f matches per CPU-minute (wall time x %d cores)%n", total, seconds, options.threads(),
                processors, total / seconds, total / (seconds * cores) * 60, cores);
        if (cpu > 0) {
            out.printf(Locale.ROOT, "The JVM used %.2f CPU-seconds meanwhile (%.0f%% of %d cores): "
                            + "%.0f matches per CPU-minute of CPU time%n", cpu / 1e9,
                    100.0 * cpu / (played * (double) cores), cores, total / (cpu / 1e9) * 60);
        }
        out.println();
        out.print(PolicyTable.text(comparison));
        out.println();
        if (remedies != null) {
            for (RemedyReport.ClaimResult r : remedies.claims()) {
                out.printf(Locale.ROOT, "behaviour %-2s %-17s %s%n", r.claim().behaviour(), r.verdict(), r.claim().text());
            }
            out.println();
        }
        out.println("Report:  " + report.toAbsolutePath().normalize());
        out.println("Summary: " + options.out().resolve("summary.csv").toAbsolutePath().normalize());
        return OK;
    }

    /** CPU time of this JVM (all threads, JIT and GC included), or -1 when the platform cannot tell. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static String command(List<String> args) {
        return "java -jar arena.jar lab" + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
