package dev.involution.arena.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A TCP connection to the arena that writes exactly the bytes a test gives it: request heads a
 * byte at a time, headers no HTTP client lets a caller set ({@code Host}), WebSocket frames of
 * any size, silence. For the edge's tests; closed with {@link #close()}.
 */
public final class RawConnection implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static RawConnection open(int port) {
        return open(port, 0);
    }

    /**
     * A connection whose receive buffer is about {@code receiveBufferBytes} (0: the system's
     * default): a client that reads nothing then holds back only that much of what the server sends.
     */
    public static RawConnection open(int port, int receiveBufferBytes) {
        try {
            Socket socket = new Socket();
            if (receiveBufferBytes > 0) {
                socket.setReceiveBufferSize(receiveBufferBytes);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return new RawConnection(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the text (ISO-8859-1, as HTTP heads are). */
    public RawConnection write(String text) {
        return write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawConnection write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the connection can still be written to and has not been closed by the server. */
    public boolean open() {
        return !closedWithin(Duration.ofMillis(1));
    }

    /**
     * Waits up to {@code timeout} for the server to close the connection (end of stream or reset),
     * reading and discarding whatever it sends meanwhile; true if it closed.
     */
    public boolean closedWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
                try {
                    int read = in.read(new byte[4096]);
                    if (read < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException e) {
                    return false;
                }
            }
        } catch (IOException e) {
            return true;
        }
    }

    /** The status line and headers of the next response (the body, if any, stays unread). */
    public String readHead(Duration timeout) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
        } catch (IOException e) {
            // what arrived is the answer
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends a WebSocket handshake for {@code path} with these extra header lines; the response head. */
    public String handshake(String path, String host, List<String> headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(RANDOM.generateSeed(16)) + "\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        write(request.append("\r\n").toString());
        return readHead(Duration.ofSeconds(10));
    }

    /** Sends one masked frame (fin set) with this opcode and payload. */
    public RawConnection sendFrame(int opcode, byte[] payload) {
        return sendFrame(opcode, payload, true);
    }

    /** Sends one masked frame; {@code fin} false leaves the message open for continuation frames (opcode 0). */
    public RawConnection sendFrame(int opcode, byte[] payload, boolean fin) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        int n = payload.length;
        if (n < 126) {
            frame.write(0x80 | n);
        } else if (n < 65536) {
            frame.write(0x80 | 126);
            frame.write(n >>> 8);
            frame.write(n & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (((long) n >>> shift) & 0xFF));
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < n; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        return write(frame.toByteArray());
    }

    /** A frame from the server. */
    public record Frame(int opcode, byte[] payload) {
        /** The status code of a close frame, or -1. */
        public int closeCode() {
            return opcode == 0x8 && payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
        }

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads the server's frames until a close frame (returned) or the timeout (null); answers pings
     * with pongs when {@code answerPings}. A connection that ends without a close frame gives a
     * frame of opcode -1.
     */
    public Frame awaitClose(Duration timeout, boolean answerPings) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Frame frame = readFrame(deadline);
                if (frame == null) {
                    return null;
                }
                if (frame.opcode() == 0x8 || frame.opcode() == -1) {
                    return frame;
                }
                if (frame.opcode() == 0x9 && answerPings) {
                    sendFrame(0xA, frame.payload());
                }
            }
            return null;
        } catch (IOException e) {
            return new Frame(-1, new byte[0]);
        }
    }

    /** The server's next frame; null on the timeout; opcode -1 when the connection ended. */
    public Frame nextFrame(Duration timeout) {
        try {
            return readFrame(System.nanoTime() + timeout.toNanos());
        } catch (IOException e) {
            return new Frame(-1, new byte[0]);
        }
    }

    private Frame readFrame(long deadline) throws IOException {
        byte[] header = readFully(2, deadline);
        if (header == null) {
            return null;
        }
        if (header.length < 2) {
            return new Frame(-1, new byte[0]);
        }
        long length = header[1] & 0x7F;
        if (length == 126) {
            byte[] ext = readFully(2, deadline);
            length = ((ext[0] & 0xFF) << 8) | (ext[1] & 0xFF);
        } else if (length == 127) {
            byte[] ext = readFully(8, deadline);
            length = 0;
            for (byte b : ext) {
                length = (length << 8) | (b & 0xFF);
            }
        }
        byte[] payload = readFully((int) length, deadline);
        return new Frame(header[0] & 0x0F, payload == null ? new byte[0] : payload);
    }

    /** {@code n} bytes; null on the timeout; fewer at the end of the stream. */
    private byte[] readFully(int n, long deadline) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (bytes.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
            byte[] chunk = new byte[n - bytes.size()];
            int read;
            try {
                read = in.read(chunk);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (read < 0) {
                return bytes.toByteArray();
            }
            bytes.write(chunk, 0, read);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
