package dev.involution.arena.http;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.RemoteAddress;

import java.net.InetAddress;

/**
 * Who a request comes from, as the edge's limits count clients (rate limits, registrations,
 * connections per client): the address of the connection's peer. This is the one place that
 * decides it; behind a trusted proxy it is where the forwarded client address takes over.
 */
public final class ClientAddress {

    /** Reported for a request whose peer is not known (never on a real connection). */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The client's address as text (e.g. {@code 203.0.113.7} or {@code 2001:db8::1}). */
    public static String of(HttpRequest request) {
        return request.getAttribute(AttributeKeys.remoteAddress)
                .flatMap(RemoteAddress::getAddress)
                .map(InetAddress::getHostAddress)
                .orElse(UNKNOWN);
    }
}
