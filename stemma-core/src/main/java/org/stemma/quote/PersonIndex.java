package org.stemma.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's people by surname and by first name, so that {@link People} resolves each name
 * mention from the few people who share the word instead of scanning everyone (a long article
 * names dozens). A look-up gives exactly the people {@link String#equalsIgnoreCase} would
 * accept, in the order they were added: keys fold case as it does, one char at a time (the
 * char's upper case, then that one's lower case: two chars match there exactly when these are
 * equal). Names holding surrogates, which it compares by code point, are kept aside and checked
 * with {@code equalsIgnoreCase} itself on every look-up.
 */
final class PersonIndex {

    private final List<Person> all = new ArrayList<>();
    private final Map<String, List<Person>> byLast = new HashMap<>();
    private final Map<String, List<Person>> byFirst = new HashMap<>();
    /** People whose first or last name holds a surrogate: read on every look-up. */
    private final List<Person> odd = new ArrayList<>();

    /** Adds {@code p} after everyone added before; its order is its place in {@link #all}. */
    void add(Person p) {
        p.order = all.size();
        all.add(p);
        put(p);
    }

    /** Call after {@code p}'s name words changed (a fuller form of the name was seen). */
    void renamed(Person p, String oldFirst, String oldLast) {
        remove(byFirst, fold(oldFirst), p);
        remove(byLast, fold(oldLast), p);
        odd.remove(p);
        put(p);
    }

    /** The people whose last name word {@code equalsIgnoreCase(word)}, in order added; not to be changed. */
    List<Person> withLast(String word) {
        return lookUp(byLast, word, true);
    }

    /** The people whose first name word {@code equalsIgnoreCase(word)}, in order added; not to be changed. */
    List<Person> withFirst(String word) {
        return lookUp(byFirst, word, false);
    }

    private List<Person> lookUp(Map<String, List<Person>> map, String word, boolean last) {
        String key = fold(word);
        List<Person> bucket = key == null ? null : map.get(key);
        if (key != null && odd.isEmpty()) {
            return bucket != null ? bucket : List.of(); // read only by the callers
        }
        List<Person> found = new ArrayList<>();
        if (key == null) {
            for (Person p : all) { // the word holds a surrogate: equalsIgnoreCase decides
                if ((last ? p.last() : p.name.get(0)).equalsIgnoreCase(word)) {
                    found.add(p);
                }
            }
            return found;
        }
        if (bucket != null) {
            found.addAll(bucket);
        }
        for (Person p : odd) {
            if ((last ? p.last() : p.name.get(0)).equalsIgnoreCase(word) && !found.contains(p)) {
                found.add(p);
            }
        }
        found.sort((a, b) -> Integer.compare(a.order, b.order));
        return found;
    }

    private void put(Person p) {
        String first = fold(p.name.get(0));
        String last = fold(p.last());
        if (first == null || last == null) {
            odd.add(p);
        }
        if (first != null) {
            insert(byFirst.computeIfAbsent(first, k -> new ArrayList<>()), p);
        }
        if (last != null) {
            insert(byLast.computeIfAbsent(last, k -> new ArrayList<>()), p);
        }
    }

    /** Inserts {@code p} in order added (a renamed person goes back to its place). */
    private static void insert(List<Person> bucket, Person p) {
        int i = bucket.size();
        while (i > 0 && bucket.get(i - 1).order > p.order) {
            i--;
        }
        bucket.add(i, p);
    }

    private static void remove(Map<String, List<Person>> map, String key, Person p) {
        if (key == null) {
            return;
        }
        List<Person> bucket = map.get(key);
        if (bucket != null) {
            bucket.remove(p);
        }
    }

    /**
     * {@code s} with every char folded as {@link String#equalsIgnoreCase} compares it, or null
     * when {@code s} holds a surrogate (compared by code point there).
     */
    static String fold(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                return null;
            }
            c[i] = Character.toLowerCase(Character.toUpperCase(ch));
        }
        return new String(c);
    }
}
