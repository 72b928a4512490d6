package org.stemma.provenance;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.stemma.article.UrlHost;

/**
 * Recognises outlet names and compares them. A name is outlet-like when it is a well-known news
 * agency or broadcaster, contains a media word ("News", "Times", "Agency"...), or is one of the
 * corpus' own outlets. Two names match when one's words start the other's ("Al Mayadeen" and
 * "Al Mayadeen English"), or a host's first label equals a name's letters ("rt.com" and "RT");
 * "RT" does not match "RTVI".
 */
public final class OutletNames {

    private OutletNames() {
    }

    /** Widely republished agencies and broadcasters (a gazetteer, not a list of seeds). */
    private static final Set<String> AGENCIES = Set.of(
            "reuters", "ap", "associated press", "afp", "agence france-presse", "agence france presse",
            "rt", "russia today", "rtvi", "tass", "ria novosti", "ria", "sputnik", "interfax",
            "xinhua", "anadolu", "anadolu agency", "al jazeera", "al mayadeen", "bbc", "cnn",
            "bloomberg", "dpa", "efe", "ansa", "kyodo", "yonhap", "pti", "ani", "irna", "tasnim",
            "fars", "menafn", "bernama", "antara", "upi", "npr", "fox news", "sky news",
            "the guardian", "guardian", "new york times", "washington post", "wall street journal",
            "financial times", "cgtn", "prensa latina", "ukrinform", "unian", "dw", "france 24",
            "euronews", "presstv", "press tv", "trt", "trt world", "wafa", "sana", "kcna", "apa",
            "aps", "mena", "ina", "sapa", "nan", "lusa", "ap news");

    private static final Pattern MEDIA_WORD = Pattern.compile(
            "\\b(news|times|post|press|agency|journal|herald|tribune|gazette|daily|radio|tv|"
                    + "television|media|network|broadcasting|telegraph|observer|chronicle|wire|"
                    + "express|mail|today|magazine|channel|monitor|insider|report|review)\\b");

    /** Words that make a "Source:" value a description rather than an outlet's name. */
    private static final Set<String> GENERIC = Set.of("news websites", "websites", "agencies",
            "news agencies", "wires", "wire services", "social media", "media", "media reports",
            "staff", "newsroom", "internet", "web", "online", "various", "agency", "sources",
            "news", "press", "press reports", "local media", "foreign media", "unknown");

    /** The comparison key of a name: lower case, letters and digits, words space-separated. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true; // a hyphen, apostrophe or any other mark separates words
            }
        }
        return out.toString();
    }

    /** True for a well-known agency or a name with a media word. */
    public static boolean looksLikeOutlet(String name) {
        String k = key(name);
        return AGENCIES.contains(k) || AGENCIES.contains(k.replaceFirst("^the ", ""))
                || MEDIA_WORD.matcher(k).find();
    }

    /** True when a "Source:" value describes rather than names ("News websites"). */
    public static boolean isGeneric(String value) {
        String k = key(value);
        if (k.isEmpty() || GENERIC.contains(k)) {
            return true;
        }
        if (looksLikeOutlet(value) && Character.isUpperCase(value.strip().charAt(0))) {
            // "News websites": starts with a media word but the rest is lower case
            String[] words = value.strip().split("\\s+");
            for (int i = 1; i < words.length; i++) {
                if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))
                        && !Set.of("of", "the", "and", "de", "al").contains(words[i])) {
                    return true;
                }
            }
            return false;
        }
        return !Character.isUpperCase(value.strip().charAt(0));
    }

    /** True if the two names denote the same outlet. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ha = hostLabel(a);
        String hb = hostLabel(b);
        if (ha != null || hb != null) {
            if (ha != null && hb != null) {
                return ha.equals(hb);
            }
            return ha != null ? matchesLabel(b, ha) : matchesLabel(a, hb);
        }
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        return ka.equals(kb) || startsWithWords(ka, kb) || startsWithWords(kb, ka);
    }

    private static boolean startsWithWords(String longer, String prefix) {
        return longer.startsWith(prefix + " ") && prefix.indexOf(' ') > 0;
    }

    /** True if some leading words of {@code name}, run together, equal the host label. */
    private static boolean matchesLabel(String name, String label) {
        String[] words = key(name).split(" ");
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            joined.append(w);
            if (joined.toString().equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a host name ("www.rt.com", "english.almayadeen.net", "https://x.org/path") its
     * registrable label ("rt", "almayadeen"); null for a plain name.
     */
    static String hostLabel(String name) {
        return UrlHost.siteLabel(name);
    }
}
