package dev.involution.arena.http;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.RemoteAddress;
import akka.http.javadsl.model.headers.RawHeader;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    private static final ClientAddress BEHIND_HAPROXY =
            new ClientAddress(AddressBlock.parseList("127.0.0.1, 10.0.0.0/8"));

    private static HttpRequest from(String peer, String... forwardedFor) throws Exception {
        List<HttpHeader> headers = new ArrayList<>();
        for (String value : forwardedFor) {
            headers.add(HttpHeader.parse("X-Forwarded-For", value));
        }
        return HttpRequest.create("/api/noop").withHeaders(headers).addAttribute(AttributeKeys.remoteAddress,
                RemoteAddress.create(new InetSocketAddress(InetAddress.getByName(peer), 40000)));
    }

    @Test
    void theForwardedAddressCountsOnlyWhenATrustedProxySentIt() throws Exception {
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(BEHIND_HAPROXY.of(from("10.20.30.40", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(BEHIND_HAPROXY.of(from("198.51.100.9", "203.0.113.7")))
                .as("a client that is no proxy cannot choose its address").isEqualTo("198.51.100.9");
        assertThat(ClientAddress.direct().of(from("127.0.0.1", "203.0.113.7")))
                .as("no trusted proxies: the header is ignored").isEqualTo("127.0.0.1");
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1"))).as("a proxy's own request").isEqualTo("127.0.0.1");
    }

    @Test
    void aClientCannotHideBehindAddressesItPrependsItself() throws Exception {
        // the client sent "X-Forwarded-For: 1.2.3.4"; HAProxy appended the address it saw
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1", "1.2.3.4, 198.51.100.9"))).isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1", "1.2.3.4", "198.51.100.9")))
                .as("as separate header lines").isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1", "198.51.100.9, 10.1.1.1")))
                .as("through two trusted proxies").isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(from("127.0.0.1", "2001:db8::1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void anUnreadableForwardedAddressLeavesTheProxyAsTheClient() throws Exception {
        HttpRequest garbage = from("127.0.0.1").addHeader(RawHeader.create("X-Forwarded-For", "not an address"));
        assertThat(BEHIND_HAPROXY.of(garbage)).isEqualTo("127.0.0.1");
    }

    @Test
    void aConnectionOutsideAkkaHttpIsCountedUnderTheSameRule() throws Exception {
        InetAddress haproxy = InetAddress.getByName("127.0.0.1");
        assertThat(BEHIND_HAPROXY.of(haproxy, List.of("1.2.3.4, 198.51.100.9"))).isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(haproxy, List.of("1.2.3.4", "198.51.100.9, 10.1.1.1")))
                .as("separate header lines, through two trusted proxies").isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(haproxy, List.of("2001:db8::1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(BEHIND_HAPROXY.of(haproxy, List.of("not an address", "198.51.100.9")))
                .as("never looked up").isEqualTo("198.51.100.9");
        assertThat(BEHIND_HAPROXY.of(haproxy, List.of("198.51.100.9, example.org")))
                .as("a name ends the trail at the proxy").isEqualTo("127.0.0.1");
        assertThat(BEHIND_HAPROXY.of(InetAddress.getByName("198.51.100.9"), List.of("203.0.113.7")))
                .as("from a client that is no proxy").isEqualTo("198.51.100.9");
    }

    @Test
    void blocksAreLiteralAddressesWithPrefixes() throws Exception {
        AddressBlock block = AddressBlock.parse("192.168.4.0/22");
        assertThat(block.contains(InetAddress.getByName("192.168.7.255"))).isTrue();
        assertThat(block.contains(InetAddress.getByName("192.168.8.0"))).isFalse();
        assertThat(block.contains(InetAddress.getByName("::1"))).isFalse();
        assertThat(AddressBlock.parse("fd00::/8").contains(InetAddress.getByName("fd12::5"))).isTrue();
        assertThat(AddressBlock.parseList(" ")).isEmpty();
        assertThatThrownBy(() -> AddressBlock.parse("haproxy.internal"))
                .hasMessageContaining("ARENA_TRUSTED_PROXIES").hasMessageContaining("haproxy.internal");
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }
}
