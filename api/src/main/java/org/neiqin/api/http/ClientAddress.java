package org.neiqin.api.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address a request is counted against (a public submission, a wrong password). The connection's own address, unless it comes from a proxy the
 * settings trust: then {@code X-Forwarded-For} is read from the right (each proxy appends the address it saw), hop by
 * hop while the hop is trusted too; the first untrusted address is the client. A header from a client that is no
 * trusted proxy is ignored, so nobody outside changes their address by writing one.
 */
public final class ClientAddress {
    /** The proxies trusted when nothing else is configured: this machine's own (an nginx in front of the node). */
    public static final List<Range> LOCAL_PROXIES = List.of(Range.parse("127.0.0.1"), Range.parse("::1"));

    private ClientAddress() {
    }

    /** @return the client's address, as text (an IPv6 address in its full form) */
    public static String of(String remote, String forwardedFor, List<Range> trusted) {
        String client = normal(remote);
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedAddress(client, trusted)) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normal(hops[i].trim());
            if (hop == null) {
                // a hop a proxy did not write: what is left of it is the client's own word
                return client;
            }
            client = hop;
            if (!trustedAddress(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean trustedAddress(String address, List<Range> trusted) {
        if (address == null) {
            return false;
        }
        byte[] a = bytes(address);
        for (Range r : trusted) {
            if (r.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return the address in its normal form, or {@code null} when it is no address literal */
    static String normal(String text) {
        byte[] b = text == null ? null : bytes(text.trim());
        if (b == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(b).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** @return the address's bytes, without a name lookup (only literals are read); {@code null} for anything else */
    static byte[] bytes(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !text.matches("[0-9A-Fa-f:.]+")
                || !(text.contains(".") || text.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Addresses a proxy is trusted from: one address, or address/prefix. */
    public record Range(byte[] network, int prefix) {
        public static Range parse(String text) {
            String[] p = text.split("/");
            byte[] a = bytes(p[0]);
            if (a == null || p.length > 2) {
                throw new IllegalArgumentException("a trusted proxy is an address or address/prefix: " + text);
            }
            int prefix = p.length == 2 ? Integer.parseInt(p[1]) : a.length * 8;
            if (prefix < 0 || prefix > a.length * 8) {
                throw new IllegalArgumentException("the prefix of " + text + " is 0 to " + a.length * 8);
            }
            return new Range(a, prefix);
        }

        /** @return whether the address (its bytes) lies in this range */
        public boolean contains(byte[] address) {
            if (address == null || address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
