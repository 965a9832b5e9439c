package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            ByteBuffer frame = message.frame();
            int utf8 = text.getBytes(StandardCharsets.UTF_8).length;
            int header = utf8 < 126 ? 2 : utf8 <= 65_535 ? 4 : 10;
            assertThat(frame.remaining()).isEqualTo(header + utf8);
            assertThat(payload(frame)).isEqualTo(text);
            assertThat(message.message().asTextMessage().getStrictText()).isEqualTo(text);
        }
    }

    @Test
    void everySocketGetsItsOwnReadOnlyViewOfTheSameBytes() {
        StreamText message = StreamText.of("{\"seq\":7}");
        ByteBuffer first = message.frame();
        ByteBuffer second = message.frame();
        assertThat(payload(first)).isEqualTo("{\"seq\":7}");
        assertThat(second.position()).as("reading one view moves no other").isZero();
        assertThat(payload(second)).isEqualTo("{\"seq\":7}");
        assertThat(second.isDirect()).isTrue();
        assertThatThrownBy(() -> message.frame().put(0, (byte) 0)).isInstanceOf(ReadOnlyBufferException.class);
    }
}
