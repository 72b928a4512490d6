package org.stemma.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.stemma.article.Article;

/**
 * A story's label for a reader: a representative headline and the names most of its articles
 * carry, as written in them.
 */
final class StoryLabel {

    /** Names shown per story. */
    static final int NAMES = 3;

    private StoryLabel() {
    }

    /**
     * The headline of the member closest to the others (highest summed probability to them),
     * ties to the earliest; members without a headline are passed over.
     */
    static String headline(List<Integer> members, List<Article> articles, PublishedTime[] times, long[] strength) {
        List<Integer> order = new ArrayList<>(members);
        order.sort((x, y) -> {
            int c = Long.compare(strength[y], strength[x]);
            return c != 0 ? c : earlier(x, y, times, articles) ? -1 : earlier(y, x, times, articles) ? 1 : 0;
        });
        for (int i : order) {
            String t = Headline.of(articles.get(i));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static boolean earlier(int i, int j, PublishedTime[] times, List<Article> articles) {
        if (times[i] != null && times[j] != null && times[i].epochSecond() != times[j].epochSecond()) {
            return times[i].epochSecond() < times[j].epochSecond();
        }
        if ((times[i] == null) != (times[j] == null)) {
            return times[i] != null;
        }
        return articles.get(i).id().compareTo(articles.get(j).id()) < 0;
    }

    /**
     * Up to {@link #NAMES} names carried by at least two members and by the most members;
     * people and places before other names at equal counts; each as first written in a member.
     */
    static List<String> names(List<Integer> members, List<Article> articles, IntFunction<NamedEntities> entitiesOf) {
        Map<String, int[]> counts = new HashMap<>(); // name -> {articles, person or place}
        for (int i : members) {
            NamedEntities e = entitiesOf.apply(i);
            for (String name : e.names()) {
                int[] c = counts.computeIfAbsent(name, k -> new int[2]);
                c[0]++;
                if (e.persons().contains(name) || e.places().contains(name)) {
                    c[1] = 1;
                }
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= 2) {
                ranked.add(e);
            }
        }
        ranked.sort((x, y) -> {
            int c = Integer.compare(y.getValue()[0], x.getValue()[0]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(y.getValue()[1], x.getValue()[1]);
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : ranked) {
            if (out.size() == NAMES) {
                break;
            }
            String shown = asWritten(e.getKey(), members, articles);
            if (!out.contains(shown)) {
                out.add(shown);
            }
        }
        return out;
    }

    /** The first occurrence of {@code key} (lower case) in a member's title or text, as written. */
    private static String asWritten(String key, List<Integer> members, List<Article> articles) {
        for (int i : members) {
            Article a = articles.get(i);
            String found = find(a.title(), key);
            if (found == null) {
                found = find(a.text(), key);
            }
            if (found != null) {
                return found;
            }
        }
        // Not found verbatim (a possessive or a particle in between): capitalise its words.
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return b.toString();
    }

    private static String find(String text, String key) {
        if (text == null) {
            return null;
        }
        int len = key.length();
        for (int at = 0; at + len <= text.length(); at++) {
            if (Character.isUpperCase(text.charAt(at)) && text.regionMatches(true, at, key, 0, len)
                    && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (at + len == text.length() || !Character.isLetterOrDigit(text.charAt(at + len)))) {
                return text.substring(at, at + len);
            }
        }
        return null;
    }
}
