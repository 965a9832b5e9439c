package dev.involution.arena.http;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.RemoteAddress;
import akka.http.javadsl.model.headers.XForwardedFor;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a request comes from, as the edge's limits count clients (rate limits, registrations,
 * connections per client). This is the one place that decides it: the address of the connection's
 * peer, unless that peer is a trusted proxy ({@code ARENA_TRUSTED_PROXIES}, e.g. the HAProxy in front
 * of a cluster): then the address that proxy put in {@code X-Forwarded-For}, followed back through
 * further trusted proxies. {@code X-Forwarded-For} from anyone else is ignored, so a client cannot
 * choose the address it is counted under.
 */
public final class ClientAddress {

    /** Reported for a request whose peer is not known (never on a real connection). */
    public static final String UNKNOWN = "unknown";

    private final List<AddressBlock> trustedProxies;

    /** @param trustedProxies the peers whose {@code X-Forwarded-For} is believed; empty: nobody's */
    public ClientAddress(List<AddressBlock> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** Believes nobody's {@code X-Forwarded-For}: the connection's peer is the client. */
    public static ClientAddress direct() {
        return new ClientAddress(List.of());
    }

    /** The client's address as text (e.g. {@code 203.0.113.7} or {@code 2001:db8::1}). */
    public String of(HttpRequest request) {
        Optional<InetAddress> peer = request.getAttribute(AttributeKeys.remoteAddress).flatMap(RemoteAddress::getAddress);
        if (peer.isEmpty()) {
            return UNKNOWN;
        }
        InetAddress client = peer.get();
        return trusted(client) ? followed(client, forwardedFor(request)) : client.getHostAddress();
    }

    /**
     * The client behind a connection from {@code peer} that was not made through Akka HTTP: the
     * same rule, with the {@code X-Forwarded-For} headers' values as text (address literals only,
     * never looked up; anything else ends the trail).
     */
    public String of(InetAddress peer, List<String> forwardedForHeaders) {
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        List<Optional<InetAddress>> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                hops.add(AddressBlock.literal(hop.trim()));
            }
        }
        return followed(peer, hops);
    }

    /** From a trusted peer back through {@code forwarded}'s hops while they are trusted proxies. */
    private String followed(InetAddress peer, List<Optional<InetAddress>> forwarded) {
        InetAddress client = peer;
        for (int i = forwarded.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> hop = forwarded.get(i);
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        for (AddressBlock block : trustedProxies) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Every address of every {@code X-Forwarded-For} header, in order; empty for "unknown" or obfuscated ones. */
    private static List<Optional<InetAddress>> forwardedFor(HttpRequest request) {
        List<Optional<InetAddress>> hops = new ArrayList<>();
        for (HttpHeader header : request.getHeaders()) {
            if (header instanceof XForwardedFor xff) {
                for (RemoteAddress address : xff.getAddresses()) {
                    hops.add(address.getAddress());
                }
            } else if (header.is("x-forwarded-for")) {
                hops.add(Optional.empty());
            }
        }
        return hops;
    }
}
