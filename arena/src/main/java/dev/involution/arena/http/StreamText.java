package dev.involution.arena.http;

import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One stream message's text, written once and handed to every subscriber on this node: as Akka
 * HTTP's message, and as the bytes of a whole WebSocket text frame (encoded on first use into
 * memory outside the heap, the same bytes for every socket that writes frames itself, so that a
 * socket's write copies nothing). Immutable once built; safe from any thread.
 */
public final class StreamText {
    private static final int FIN_TEXT = 0x81;

    private final String text;
    private final Message message;
    private volatile ByteBuf frame;

    private StreamText(String text) {
        this.text = text;
        this.message = TextMessage.create(text);
    }

    public static StreamText of(String text) {
        return new StreamText(text);
    }

    public String text() {
        return text;
    }

    /** The message for Akka HTTP's WebSocket stack. */
    public Message message() {
        return message;
    }

    /**
     * The whole server-to-client text frame (RFC 6455 section 5.2: final, not masked), header
     * included: a read-only view of its own (one object, its own indices) over bytes encoded once
     * outside the heap, retained for the socket that writes it (which releases it once written).
     * Two threads that ask first at once may both encode it; either result is the same.
     */
    public ByteBuf frame() {
        ByteBuf encoded = frame;
        if (encoded == null) {
            byte[] bytes = encode(text.getBytes(StandardCharsets.UTF_8));
            // Wrapping a JDK buffer: its memory is the JDK's to free, once nothing refers to it.
            encoded = Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer());
            frame = encoded;
        }
        return encoded.retainedDuplicate();
    }

    private static byte[] encode(byte[] payload) {
        int length = payload.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] bytes = new byte[header + length];
        bytes[0] = (byte) FIN_TEXT;
        if (header == 2) {
            bytes[1] = (byte) length;
        } else if (header == 4) {
            bytes[1] = 126;
            bytes[2] = (byte) (length >>> 8);
            bytes[3] = (byte) length;
        } else {
            bytes[1] = 127;
            for (int i = 0; i < 8; i++) {
                bytes[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, bytes, header, length);
        return bytes;
    }

    @Override
    public String toString() {
        return text;
    }
}
