package dev.involution.load;

import io.netty.buffer.ByteBuf;
import io.netty.util.CharsetUtil;

/**
 * A frame's UTF-8 bytes seen as text one byte a char, without decoding them: enough to find a
 * JSON message's top-level members and its {@code type} (the structure and the names are ASCII; a
 * byte of a multi-byte character is never a quote, a backslash or a bracket). A round's
 * settlement is 3 KB and its {@code seq}, {@code at} and {@code type} come first, so the measuring
 * client reads a few dozen bytes of each message, not all of them.
 */
final class FrameBytes implements CharSequence {
    private final ByteBuf bytes;
    private final int from;
    private final int length;

    FrameBytes(ByteBuf bytes) {
        this(bytes, bytes.readerIndex(), bytes.readableBytes());
    }

    private FrameBytes(ByteBuf bytes, int from, int length) {
        this.bytes = bytes;
        this.from = from;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes.getByte(from + index) & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new FrameBytes(bytes, from + start, end - start);
    }

    /** The bytes decoded as UTF-8. */
    @Override
    public String toString() {
        return bytes.toString(from, length, CharsetUtil.UTF_8);
    }
}
