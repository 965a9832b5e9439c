package dev.involution.arena.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Arena nodes as separate processes ({@code target/arena.jar}) on loopback ports, forming one Akka
 * cluster over a fresh PostgreSQL database, behind HAProxy configured from {@code cluster/haproxy.cfg}.
 * Faults are signals to one node's PID: SIGKILL, SIGSTOP / SIGCONT, SIGTERM. Closing kills every
 * process it started (by PID) and drops the database. Without PostgreSQL or HAProxy the calling test
 * is skipped, or fails when services are required ({@link RequiredServices}).
 */
public final class LoopbackCluster implements AutoCloseable {

    public static final String ADMIN = "loopback-cluster-admin-token";
    private static final Path HAPROXY_CONFIG = Path.of("..", "cluster", "haproxy.cfg");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** One arena process: its ports, log and the process while it runs. */
    public final class Node {
        private final int index;
        private final int httpPort;
        /** The node's stream edge, which HAProxy sends the match streams to. */
        private final int streamPort = ArenaProcess.freePort();
        private final int akkaPort;
        private final Path dataDir;
        private final Path log;
        private Process process;

        private Node(int index, int httpPort, int akkaPort) {
            this.index = index;
            this.httpPort = httpPort;
            this.akkaPort = akkaPort;
            this.dataDir = workDir.resolve("node" + index);
            this.log = workDir.resolve("node" + index + ".log");
        }

        public URI uri(String path) {
            return URI.create("http://127.0.0.1:" + httpPort + path);
        }

        public Process process() {
            return process;
        }

        public Path log() {
            return log;
        }

        public String address() {
            return "akka://arena@127.0.0.1:" + akkaPort;
        }

        public int index() {
            return index;
        }

        /** Starts (again) and returns at once; see {@link #awaitReady()}. */
        public void start() {
            ProcessBuilder builder = ArenaProcess.command(httpPort, dataDir, log);
            // small heaps, quick start: three JVMs share the machine with the test
            builder.command().addAll(1, List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            Map<String, String> env = builder.environment();
            env.put("ARENA_HTTP_INTERFACE", "127.0.0.1");
            env.put("ARENA_STREAM_PORT", Integer.toString(streamPort));
            env.put("ARENA_DB", "postgres");
            env.put("ARENA_DB_URL", RequiredServices.POSTGRES.url(database.name()));
            env.put("ARENA_DB_USER", RequiredServices.POSTGRES.user());
            env.put("ARENA_DB_PASSWORD", RequiredServices.POSTGRES.password());
            env.put("ARENA_ADMIN_TOKEN", ADMIN);
            env.put("ARENA_CLUSTER_HOST", "127.0.0.1");
            env.put("ARENA_CLUSTER_PORT", Integer.toString(akkaPort));
            env.put("ARENA_CLUSTER_SEEDS", nodes.stream().map(Node::address).collect(Collectors.joining(",")));
            env.put("ARENA_TRUSTED_PROXIES", "127.0.0.1");
            env.put("ARENA_RATE_LIMIT_PER_SECOND", "1000000");
            env.put("ARENA_RATE_LIMIT_BURST", "1000000");
            env.putAll(environment);
            try {
                Files.createDirectories(dataDir);
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits until {@code GET /ready} answers 200 (the node is an Up member). */
        public void awaitReady() {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("node " + index + " exited (" + process.exitValue() + "); see " + log);
                }
                if (status(uri("/ready")) == 200) {
                    return;
                }
                sleep(300);
            }
            throw new AssertionError("node " + index + " not ready within " + PATIENCE + "; see " + log);
        }

        /** SIGKILL ({@code kill -9}); returns once the process is gone. */
        public void kill() {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }

        /** SIGTERM: the node leaves the cluster; returns its exit status once it exited. */
        public int terminate(Duration patience) {
            process.destroy();
            if (!waitFor(patience)) {
                throw new AssertionError("node " + index + " did not exit within " + patience + " of SIGTERM; see " + log);
            }
            return process.exitValue();
        }

        /** {@code kill -STOP} / {@code kill -CONT}: the process is frozen (or thawed) as a whole. */
        public void signal(String signal) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
                if (kill.waitFor() != 0) {
                    throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public boolean waitFor(Duration patience) {
            try {
                return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** The node's {@code arena_orders_total}: orders accepted by matches hosted on it. */
        public long ordersAccepted() {
            String metrics = new MatchClient(uri("")).metrics();
            return metrics.lines().filter(line -> line.startsWith("arena_orders_total"))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
    }

    private final Path workDir;
    private final Map<String, String> environment;
    private final PostgresDatabase database;
    private final List<Node> nodes = new ArrayList<>();
    private final int proxyPort = ArenaProcess.freePort();
    private Process proxy;

    private LoopbackCluster(Path workDir, Map<String, String> environment, PostgresDatabase database) {
        this.workDir = workDir;
        this.environment = environment;
        this.database = database;
    }

    /**
     * Starts {@code size} nodes (node 1 first: it forms the cluster) and HAProxy, and returns once every
     * node is ready and HAProxy forwards to them. {@code environment} adds to every node's.
     */
    public static LoopbackCluster start(int size, Path workDir, Map<String, String> environment) throws Exception {
        RequiredServices.require("haproxy (the Debian package)", () -> {
            Process version = new ProcessBuilder("haproxy", "-v").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor() != 0) {
                throw new IOException("haproxy -v failed");
            }
            return true;
        });
        PostgresDatabase database = PostgresDatabase.create(RequiredServices.postgres());
        LoopbackCluster cluster = new LoopbackCluster(workDir, environment, database);
        try {
            for (int i = 1; i <= size; i++) {
                cluster.nodes.add(cluster.new Node(i, ArenaProcess.freePort(), ArenaProcess.freePort()));
            }
            for (Node node : cluster.nodes) {
                node.start();
            }
            for (Node node : cluster.nodes) {
                node.awaitReady();
            }
            cluster.startProxy();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startProxy() throws IOException {
        StringBuilder config = new StringBuilder(Files.readString(HAPROXY_CONFIG));
        for (Node node : nodes) {
            config.append("    server node").append(node.index).append(" 127.0.0.1:").append(node.httpPort).append('\n');
        }
        config.append("\nbackend arena_streams\n");
        for (Node node : nodes) {
            config.append("    server node").append(node.index).append(" 127.0.0.1:").append(node.streamPort).append('\n');
        }
        Path file = workDir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("haproxy.log").toFile()));
        builder.environment().put("ARENA_PROXY_BIND", "127.0.0.1:" + proxyPort);
        proxy = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (status(proxyUri("/ready")) != 200) {
            if (!proxy.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("HAProxy did not forward /ready; see " + workDir.resolve("haproxy.log"));
            }
            sleep(200);
        }
    }

    public Node node(int index) {
        return nodes.get(index - 1);
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** A path on HAProxy's frontend. */
    public URI proxyUri(String path) {
        return URI.create("http://127.0.0.1:" + proxyPort + path);
    }

    /** The node whose matches accepted orders (the host of the only match taking orders). */
    public Node hostOfOrders() {
        return nodes.stream().filter(n -> n.process.isAlive()).filter(n -> n.ordersAccepted() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no node accepted orders"));
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the nodes' and HAProxy's logs to {@code target/cluster-logs/<name>} (the work folder is
     * deleted after the test), for a failure's message; returns where they went.
     */
    public Path keepLogs(String name) {
        Path kept = Path.of(System.getProperty("basedir", "."), "target", "cluster-logs", name);
        try (var logs = Files.list(workDir)) {
            Files.createDirectories(kept);
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toAbsolutePath();
    }

    @Override
    public void close() throws java.sql.SQLException {
        for (Node node : nodes) {
            if (node.process != null) {
                node.process.destroyForcibly();
                node.waitFor(Duration.ofSeconds(30));
            }
        }
        if (proxy != null) {
            proxy.destroyForcibly();
            try {
                proxy.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
    }
}
