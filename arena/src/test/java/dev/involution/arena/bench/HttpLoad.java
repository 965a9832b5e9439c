package dev.involution.arena.bench;

import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A small HTTP/1.1 load generator: a fixed number of keep-alive connections, one thread each,
 * requests written as prepared bytes and responses parsed just enough to find their end (status
 * line, {@code Content-Length} or chunked body). Kept lean on purpose: it shares the machine with
 * the server it measures.
 *
 * <p>Two kinds of load. <b>Closed loop</b> ({@link #closedLoop}): every connection sends its next
 * request as soon as the previous answer arrived; it finds the throughput at that concurrency.
 * <b>Open loop</b> ({@link #openLoop}): requests are due at a fixed total rate, spread evenly over
 * the connections, and each latency is measured from when its request was due, not from when it
 * could be sent, so a slow answer also counts against the requests queued behind it (no
 * coordinated omission, as in wrk2).
 */
final class HttpLoad {

    /** Latencies up to an hour, three significant digits. */
    private static final long MAX_LATENCY_NANOS = Duration.ofHours(1).toNanos();

    /** What one phase measured. */
    record Result(String name, long requests, long nanos, Histogram latency, Histogram acceptedLatency,
                  Map<Integer, Long> statuses, long errors, String firstError) {

        double rps() {
            return requests * 1e9 / nanos;
        }

        /** Requests a second answered 2xx. */
        double acceptedRps() {
            return acceptedLatency.getTotalCount() * 1e9 / nanos;
        }

        double percentileMillis(double p) {
            return latency.getValueAtPercentile(p) / 1e6;
        }

        /** A latency percentile of the requests answered 2xx only. */
        double acceptedPercentileMillis(double p) {
            return acceptedLatency.getValueAtPercentile(p) / 1e6;
        }

        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }
    }

    private final InetSocketAddress address;
    private final int connections;
    /** The running phase's counted window, read by its workers before every request. */
    private volatile Window window = Window.NOT_YET;

    HttpLoad(String host, int port, int connections) {
        this.address = new InetSocketAddress(host, port);
        this.connections = connections;
    }

    /**
     * Every connection sends requests back to back until {@code warmup} says the warm-up is over
     * (not counted), then for {@code duration} (counted). {@code requestOf} gives each connection
     * (by index) its request bytes.
     */
    Result closedLoop(String name, IntFunction<RequestSource> requestOf, Warmup warmup, Duration duration)
            throws InterruptedException {
        return run(name, requestOf, warmup, duration, 0);
    }

    /** Requests due at {@code ratePerSecond} in total, spread over the connections; latency from when each was due. */
    Result openLoop(String name, IntFunction<RequestSource> requestOf, double ratePerSecond, Warmup warmup,
                    Duration duration) throws InterruptedException {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        return run(name, requestOf, warmup, duration, ratePerSecond);
    }

    /** The requests one connection sends, in turn. */
    interface RequestSource {
        byte[] next();
    }

    /** Decides when a phase's warm-up is over: returns then, on the thread that runs the phase. */
    interface Warmup {
        /** Blocks until the load that started at {@code startNanos} ({@link System#nanoTime}) is warm. */
        void await(long startNanos) throws InterruptedException;
    }

    /** The counted part of a phase: requests sent (or due) from {@code from} until {@code end}. */
    private record Window(long from, long end) {
        static final Window NOT_YET = new Window(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    private Result run(String name, IntFunction<RequestSource> requestOf, Warmup warmup, Duration duration,
                       double rate) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(200).toNanos();
        window = Window.NOT_YET;
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long interval = rate > 0 ? Math.round(1e9 * connections / rate) : 0;
            long firstDue = start + (rate > 0 ? interval * i / connections : 0);
            Worker w = new Worker(requestOf.apply(i), firstDue, interval);
            workers.add(w);
            Thread t = new Thread(w, "load-" + name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        warmup.await(start);
        long measureFrom = System.nanoTime();
        long end = measureFrom + duration.toNanos();
        window = new Window(measureFrom, end);
        for (Thread t : threads) {
            t.join();
        }
        Histogram all = new Histogram(MAX_LATENCY_NANOS, 3);
        Histogram accepted = new Histogram(MAX_LATENCY_NANOS, 3);
        Map<Integer, Long> statuses = new TreeMap<>();
        long requests = 0;
        long errors = 0;
        long lastDone = end;
        String firstError = null;
        for (Worker w : workers) {
            lastDone = Math.max(lastDone, w.lastDone);
            all.add(w.latency);
            accepted.add(w.acceptedLatency);
            requests += w.measured;
            errors += w.errors;
            if (firstError == null) {
                firstError = w.firstError;
            }
            w.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
        }
        // An open loop that fell behind sends its last due requests after the end: the rate is what was done.
        return new Result(name, requests, lastDone - measureFrom, all, accepted, statuses, errors, firstError);
    }

    /** One connection's loop. */
    private final class Worker implements Runnable {
        private final RequestSource requests;
        private final long interval;
        private long due;
        final Histogram latency = new Histogram(MAX_LATENCY_NANOS, 3);
        final Histogram acceptedLatency = new Histogram(MAX_LATENCY_NANOS, 3);
        final Map<Integer, Long> statuses = new TreeMap<>();
        long measured;
        long lastDone;
        long errors;
        String firstError;
        private Connection connection;

        Worker(RequestSource requests, long firstDue, long interval) {
            this.requests = requests;
            this.due = firstDue;
            this.interval = interval;
        }

        @Override
        public void run() {
            while (true) {
                long sent;
                if (interval > 0) {
                    waitUntil(due);
                    sent = due;
                    due += interval;
                } else {
                    sent = System.nanoTime();
                }
                Window counted = window;
                if (sent >= counted.end()) {
                    break;
                }
                int status;
                try {
                    if (connection == null) {
                        connection = new Connection(address);
                    }
                    status = connection.exchange(requests.next());
                    if (!connection.keepAlive) {
                        connection.close();
                        connection = null;
                    }
                } catch (IOException e) {
                    status = -1;
                    if (firstError == null) {
                        firstError = e.toString();
                    }
                    if (connection != null) {
                        connection.close();
                        connection = null;
                    }
                }
                long done = System.nanoTime();
                if (sent >= counted.from()) {
                    lastDone = done;
                    measured++;
                    latency.recordValue(Math.min(done - sent, MAX_LATENCY_NANOS));
                    if (status / 100 == 2) {
                        acceptedLatency.recordValue(Math.min(done - sent, MAX_LATENCY_NANOS));
                    }
                    if (status < 0) {
                        errors++;
                    } else {
                        statuses.merge(status, 1L, Long::sum);
                    }
                }
            }
            if (connection != null) {
                connection.close();
            }
        }

        private void waitUntil(long at) {
            long left;
            while ((left = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        }
    }

    /** One keep-alive HTTP/1.1 connection; reads exactly one response per request. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final StringBuilder line = new StringBuilder(128);
        boolean keepAlive = true;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 5_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** Sends one request and reads its response; returns the status code. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (key.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (key.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (key.equalsIgnoreCase("Connection")) {
                    keepAlive = !value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    readLine();
                }
                for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are ignored
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0) {
                throw new IOException("response without Content-Length or chunked body (status " + status + ")");
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = readLine();
            int ext = size.indexOf(';');
            return Long.parseLong(ext < 0 ? size.trim() : size.substring(0, ext).trim(), 16);
        }

        private String readLine() throws IOException {
            line.setLength(0);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b == '\n') {
                    int last = line.length() - 1;
                    if (last >= 0 && line.charAt(last) == '\r') {
                        line.setLength(last);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        private void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed inside a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** A prepared request: {@code POST path} with a JSON body, or {@code GET path}; optional bearer token. */
    static byte[] request(String method, String host, String path, String bearer, String jsonBody) {
        StringBuilder r = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n");
        if (bearer != null) {
            r.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        if (jsonBody != null) {
            r.append("Content-Type: application/json\r\n").append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] head = r.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
