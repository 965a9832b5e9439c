package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamTextTest {

    /** The payload of a server frame, read back by RFC 6455's rules: final, text, unmasked, its length. */
    private static String payload(ByteBuffer frame) {
        assertThat(frame.get() & 0xFF).as("FIN and the text opcode").isEqualTo(0x81);
        int first = frame.get() & 0xFF;
        assertThat(first & 0x80).as("a server does not mask").isZero();
        long length = first & 0x7F;
        if (length == 126) {
            length = frame.getShort() & 0xFFFF;
        } else if (length == 127) {
            length = frame.getLong();
        }
        assertThat(frame.remaining()).as("the payload, nothing more").isEqualTo(length);
        byte[] bytes = new byte[(int) length];
        frame.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void eachFrameCarriesTheTextWithTheLengthEncodingItsSizeNeeds() {
        for (String text : new String[] {"", "x".repeat(125), "é".repeat(63), "x".repeat(126), "x".repeat(65_535),
                "x".repeat(65_536), "{\"type\":\"heartbeat\",\"note\":\"größer ≥ 日本\"}"}) {
            StreamText message = StreamText.of(text);
            ByteBuf frame = message.frame();
            int utf8 = text.getBytes(StandardCharsets.UTF_8).length;
            int header = utf8 < 126 ? 2 : utf8 <= 65_535 ? 4 : 10;
            assertThat(frame.readableBytes()).isEqualTo(header + utf8);
            assertThat(payload(frame.nioBuffer())).isEqualTo(text);
            frame.release();
            assertThat(message.message().asTextMessage().getStrictText()).isEqualTo(text);
        }
    }

    @Test
    void everySocketGetsItsOwnReadOnlyViewOfTheSameBytes() {
        StreamText message = StreamText.of("{\"seq\":7}");
        ByteBuf first = message.frame();
        ByteBuf second = message.frame();
        assertThat(payload(first.nioBuffer())).isEqualTo("{\"seq\":7}");
        first.skipBytes(first.readableBytes());
        assertThat(second.readerIndex()).as("reading one view moves no other").isZero();
        assertThat(payload(second.nioBuffer())).isEqualTo("{\"seq\":7}");
        assertThat(second.isDirect()).isTrue();
        assertThat(second.hasMemoryAddress()).as("written by the socket without a copy").isTrue();
        assertThat(second.isReadOnly()).isTrue();
        assertThatThrownBy(() -> second.setByte(0, 0)).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Test
    void writtenViewsReleaseOnlyThemselves() {
        StreamText message = StreamText.of("{\"seq\":8}");
        for (int socket = 0; socket < 1_000; socket++) {
            assertThat(message.frame().release()).as("a written view's release frees nothing").isFalse();
        }
        ByteBuf still = message.frame();
        assertThat(payload(still.nioBuffer())).isEqualTo("{\"seq\":8}");
        still.release();
    }
}
