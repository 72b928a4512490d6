package org.stemma.article;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reader of host names in Stemma: the outlet domain of a page URL, and the label that
 * names a site ("rt" for {@code https://www.rt.com/news/1}, "bbc" for {@code news.bbc.co.uk}).
 *
 * <p>Reads the authority itself rather than through {@link java.net.URI}, which refuses a URL
 * with a space anywhere in it and gives no host for an internationalised name
 * ({@code https://новости.рф/}). A host is letters (of any script), digits and hyphens in dotted
 * labels, with a top-level label of letters; a punycode name is given back in Unicode, lower
 * case, without a leading {@code www.}, a port, user information or a trailing dot.
 */
public final class UrlHost {

    /** Second-level labels under which sites register (co.uk, com.au, org.za, gov.ng, ac.jp). */
    private static final Set<String> REGISTRY_LABELS = Set.of("co", "com", "org", "net", "gov", "ac");
    /** Punctuation that closes the sentence or bracket around a host written in text. */
    private static final String TRAILING = ".,;:!?)]}\"'”’»";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private UrlHost() {
    }

    /**
     * The host of {@code url} ({@code https://www.example.com:8080/a b} → {@code example.com}),
     * also when the scheme is left out ({@code www.example.com/news}); null when there is none.
     */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        int scheme = s.indexOf("://");
        int from;
        if (scheme > 0 && isScheme(s, scheme)) {
            from = scheme + 3;
        } else if (s.startsWith("//")) {
            from = 2;
        } else {
            from = 0;
        }
        int to = from;
        while (to < s.length() && "/?#".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        while (to > from && s.charAt(from) != '[' && TRAILING.indexOf(s.charAt(to - 1)) >= 0) {
            to--; // "Source: rt.com." ends a sentence, not the host
        }
        String authority = s.substring(from, to);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            if (from == 0) {
                return null; // "name@example.com" is an address, not a page
            }
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[") && authority.indexOf(']') > 0 && from > 0) {
            return authority.substring(0, authority.indexOf(']') + 1).toLowerCase(Locale.ROOT); // IPv6
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
            if (!digits(authority, colon + 1)) {
                return null;
            }
            authority = authority.substring(0, colon);
        }
        String host = unicode(authority.toLowerCase(Locale.ROOT));
        if (host == null || !(valid(host, from > 0) || from > 0 && IPV4.matcher(host).matches())) {
            return null;
        }
        return host.startsWith("www.") && host.indexOf('.', 4) > 0 ? host.substring(4) : host;
    }

    /**
     * The label that names the site of a host or URL: the one before the top-level domain, or
     * before a registry's second level ({@code news.bbc.co.uk} → {@code bbc}); null when
     * {@code nameOrUrl} is not a host or URL (a plain name such as "Al Mayadeen" or "RT").
     */
    public static String siteLabel(String nameOrUrl) {
        String host = host(nameOrUrl);
        if (host == null || host.indexOf('.') < 0) {
            return null;
        }
        String[] labels = host.split("\\.");
        if (!Character.isLetter(labels[labels.length - 1].codePointAt(0))) {
            return null; // an IP address names no site
        }
        int end = labels.length - 1; // the top-level domain
        while (end > 1 && REGISTRY_LABELS.contains(labels[end - 1])) {
            end--;
        }
        return labels[end - 1];
    }

    private static boolean isScheme(String s, int end) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String s, int from) {
        if (from >= s.length()) {
            return true; // "example.com:" with an empty port
        }
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Punycode labels ({@code xn--...}) in Unicode; null when they do not decode. */
    private static String unicode(String host) {
        if (!host.contains("xn--")) {
            return host;
        }
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Dotted labels of letters, digits and inner hyphens, the last label letters only; a single
     * label ("localhost") only after a scheme.
     */
    private static boolean valid(String host, boolean afterScheme) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-'
                    || label.charAt(label.length() - 1) == '-') {
                return false;
            }
            for (int i = 0; i < label.length(); ) {
                int cp = label.codePointAt(i);
                i += Character.charCount(cp);
                if (!(Character.isLetterOrDigit(cp) || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
                    return false;
                }
            }
        }
        String top = labels[labels.length - 1];
        return (labels.length > 1 || afterScheme) && top.codePoints().allMatch(Character::isLetter);
    }
}
