package org.hotline2110.notification.channel.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A network as {@code address/prefix}, IPv4 or IPv6, and whether an address lies in it. */
public record Cidr(byte[] network, int prefix, String text) {

    private static final String LITERAL = "[0-9a-fA-F.:]+";

    /** Parses {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a network of one. Never resolves a name. */
    public static Cidr parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        if (!parts[0].matches(LITERAL)) {
            throw new IllegalArgumentException(cidr + " is not a network (address/prefix)");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(parts[0]).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr + " is not a network (address/prefix)", e);
        }
        int prefix = parts.length == 1 ? network.length * 8 : Integer.parseInt(parts[1]);
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException(cidr + ": the prefix must be 0 to " + network.length * 8);
        }
        return new Cidr(network, prefix, cidr.strip());
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
