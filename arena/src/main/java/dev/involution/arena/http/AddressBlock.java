package dev.involution.arena.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or a block of them in CIDR notation ({@code 10.0.0.0/8}, {@code 127.0.0.1},
 * {@code fd00::/8}), as the trusted proxies are configured. Only literal addresses are accepted: a
 * host name would need a DNS lookup at every start and could change under the arena.
 */
public record AddressBlock(byte[] network, int prefixLength) {

    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public AddressBlock {
        network = network.clone();
    }

    /** Parses {@code address} or {@code address/prefix}; a bad entry is refused with its text. */
    public static AddressBlock parse(String text) {
        String entry = text.trim();
        int slash = entry.indexOf('/');
        String literal = slash < 0 ? entry : entry.substring(0, slash);
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException(refusal(entry));
        }
        byte[] address;
        try {
            address = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(refusal(entry), e);
        }
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(refusal(entry), e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException(refusal(entry));
        }
        return new AddressBlock(address, prefix);
    }

    /** The address {@code text} is a literal of (IPv4 or IPv6, never looked up), if it is one. */
    public static Optional<InetAddress> literal(String text) {
        if (!LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A comma-separated list of blocks; empty text gives an empty list. */
    public static List<AddressBlock> parseList(String text) {
        List<AddressBlock> blocks = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                blocks.add(parse(item));
            }
        }
        return blocks;
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    private static String refusal(String entry) {
        return "ARENA_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR block (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)";
    }
}
