package dev.involution.arena.join;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The addresses students' browsers can reach the arena under: the configured public origin
 * ({@code ARENA_PUBLIC_ORIGIN}) when there is one; else {@code http://address:port} for the
 * address the arena listens on, or, when it listens on every interface, for each address of this
 * machine's network interfaces that are up (private IPv4 addresses first, loopback only when there
 * is nothing else).
 */
public final class JoinAddresses {
    private final Optional<String> publicOrigin;
    private final String listenHost;
    private final IntSupplier port;

    /**
     * @param listenHost the interface the arena listens on ({@code 0.0.0.0} or {@code ::} for all)
     * @param port       the port it listens on, known once bound
     */
    public JoinAddresses(Optional<String> publicOrigin, String listenHost, IntSupplier port) {
        this.publicOrigin = publicOrigin.map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o);
        this.listenHost = listenHost;
        this.port = port;
    }

    /** The origins ({@code scheme://host:port}) to offer, best first; never empty. */
    public List<String> origins() {
        if (publicOrigin.isPresent()) {
            return List.of(publicOrigin.get());
        }
        List<InetAddress> addresses = new ArrayList<>();
        try {
            InetAddress listening = InetAddress.getByName(listenHost);
            if (listening.isAnyLocalAddress()) {
                addresses.addAll(interfaceAddresses());
            } else {
                addresses.add(listening);
            }
        } catch (UnknownHostException | SocketException e) {
            // no usable address: loopback below
        }
        List<InetAddress> reachable = addresses.stream().filter(a -> !a.isLoopbackAddress()).toList();
        List<InetAddress> shown = reachable.isEmpty() ? addresses : reachable;
        if (shown.isEmpty()) {
            shown = List.of(InetAddress.getLoopbackAddress());
        }
        return shown.stream()
                .sorted(Comparator.comparingInt(JoinAddresses::rank))
                .map(a -> "http://" + literal(a) + ":" + port.getAsInt())
                .distinct()
                .toList();
    }

    private static List<InetAddress> interfaceAddresses() throws SocketException {
        List<InetAddress> all = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLinkLocalAddress() && !address.isMulticastAddress()) {
                    all.add(address);
                }
            }
        }
        return all;
    }

    /** Private IPv4 first (a classroom's network), then other IPv4, then IPv6, then loopback. */
    private static int rank(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return 3;
        }
        if (a instanceof Inet4Address) {
            return a.isSiteLocalAddress() ? 0 : 1;
        }
        return 2;
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = text.indexOf('%');
            return "[" + (zone >= 0 ? text.substring(0, zone) : text) + "]";
        }
        return text;
    }
}
