package org.stemma.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the server. A browser on the analyst's machine may read, but no other web
 * page may act through it: the {@code Host} must name this server (a loopback name, the bind
 * address, or a host added with {@code --allowed-host}), which defeats DNS rebinding; a request
 * carrying an {@code Origin} must come from the server's own origin, which defeats cross-site
 * requests; and a write needs the bearer token kept in the store directory, which no other page
 * can know.
 */
final class AccessPolicy {
    private final Set<String> hosts;
    private final byte[] token;

    /**
     * @param bindHost     the address the server listens on ("0.0.0.0" or "::" for all: then
     *                     every address of this machine's interfaces is allowed as a Host)
     * @param allowedHosts further host names a client may use (e.g. the machine's DNS name)
     * @param tokenOrNull  the bearer token writes need, or null when writes are off
     */
    AccessPolicy(String bindHost, Collection<String> allowedHosts, String tokenOrNull) {
        Set<String> h = new LinkedHashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        h.add(normalise(bindHost));
        if (isWildcard(bindHost)) {
            h.addAll(interfaceAddresses());
        }
        allowedHosts.forEach(a -> h.add(normalise(a)));
        this.hosts = Set.copyOf(h);
        this.token = tokenOrNull == null ? null : tokenOrNull.getBytes(StandardCharsets.UTF_8);
    }

    /** True for "0.0.0.0", "::" and the like: listening on every interface. */
    static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** True if {@code host} is a loopback address or name (nothing beyond this machine can connect). */
    static boolean isLoopback(String host) {
        String h = normalise(host);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Null if the {@code Host} header value names this server, else the reason it is refused.
     * A missing Host (HTTP/1.0) is accepted: browsers always send one.
     */
    String refuseHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return null;
        }
        String name = hostOnly(hostHeader);
        if (name != null && allowed(name)) {
            return null;
        }
        return "requests must name this server in their Host header (a loopback name, the address it listens on,"
                + " or one given with --allowed-host)";
    }

    /**
     * Null if a request with this {@code Origin} header (null if absent) comes from the server's
     * own pages, else the reason it is refused.
     */
    String refuseOrigin(String origin, int port) {
        if (origin == null) {
            return null;
        }
        try {
            URI u = new URI(origin);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            int p = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                    && allowed(normalise(u.getHost())) && p == port) {
                return null;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        return "requests from other web pages are refused (the Origin header must be this server's own)";
    }

    /** True if writes are on (a token exists). */
    boolean writable() {
        return token != null;
    }

    /** True if the {@code Authorization} header carries the write token. */
    boolean authorised(String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    private boolean allowed(String name) {
        if (hosts.contains(name) || name.endsWith(".localhost")) {
            return true;
        }
        // any IPv4 loopback literal (127.0.0.0/8): only this machine can send it
        return name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The host part of a Host header value ("name", "name:port", "[v6]:port"), lower-cased. */
    private static String hostOnly(String header) {
        String h = header.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : normalise(h.substring(1, end));
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
            h = h.substring(0, colon);
        }
        return normalise(h);
    }

    private static String normalise(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("0:0:0:0:0:0:0:1")) {
            return "::1";
        }
        return h;
    }

    private static Set<String> interfaceAddresses() {
        Set<String> out = new LinkedHashSet<>();
        try {
            Enumeration<NetworkInterface> nics = NetworkInterface.getNetworkInterfaces();
            while (nics != null && nics.hasMoreElements()) {
                Enumeration<InetAddress> addresses = nics.nextElement().getInetAddresses();
                while (addresses.hasMoreElements()) {
                    String a = addresses.nextElement().getHostAddress();
                    int zone = a.indexOf('%');
                    out.add(normalise(zone >= 0 ? a.substring(0, zone) : a));
                }
            }
        } catch (SocketException e) {
            // no interface list: only loopback names and --allowed-host
        }
        return out;
    }
}
