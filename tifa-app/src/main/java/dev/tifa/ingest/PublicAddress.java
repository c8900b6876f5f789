package dev.tifa.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses addresses outside the public internet: loopback, private networks, link-local (with the cloud metadata
 * service at 169.254.169.254), carrier-grade NAT, multicast and unspecified. A fetched page could otherwise redirect
 * Tifa to a router's admin page or a cloud instance's credentials. {@code fetch --allow-private} lifts it.
 *
 * <p>The name is resolved here and again by the HTTP client; a DNS server that answers differently the second time
 * could still slip through, so this is a guard against mistakes and redirects, not a network firewall.
 */
final class PublicAddress {
    private PublicAddress() {
    }

    static void require(String url, URI uri) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(url, "unknown host " + uri.getHost());
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new FetchException(url, (uri.toString().equals(url) ? "" : "redirected to " + uri + ", which is ")
                        + "a non-public address (" + a.getHostAddress() + "): refused; fetch --allow-private reads your own network");
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) return false;                                  // "this network"
            if (first == 100 && second >= 64 && second < 128) return false; // carrier-grade NAT
            if (first == 198 && (second == 18 || second == 19)) return false; // benchmarking
            if (first >= 240) return false;                                // reserved, broadcast
            return true;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) return false; // unique local fc00::/7
            boolean mapped = true;                   // ::ffff:a.b.c.d: judge the IPv4 address
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            if (mapped) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
