package org.stemma.quote;

import java.util.Locale;

/**
 * A surname written once with a slip of the keyboard ("Shpeard-Bennett" after "Brenda
 * Shepard-Bennett", "Sherill" after "Dan Sherrill") names the person the article spelled so in
 * full: local news prints such slips, and a reader reads past them. Only the two commonest slips
 * count, two neighbouring letters swapped and a letter doubled or undoubled, on words of five
 * letters or more, and only when exactly one person of the article is near so: an article that
 * names both a Hansen and a Hanson keeps them apart, as no swap or doubling joins them.
 */
final class MisspeltSurnames {

    private MisspeltSurnames() {
    }

    /** Letters a surname needs before a slip in it is read as one. */
    private static final int MIN_LENGTH = 5;

    /**
     * The person with a full name (two words or more) whose surname is one slip from
     * {@code word}, when {@code found} (the person the word itself names, or null) has no name but
     * this one word; null when none or more than one is.
     */
    static Person meant(People people, String word, Person found) {
        if (found != null && found.name.size() > 1 || word.length() < MIN_LENGTH) {
            return null;
        }
        Person meant = null;
        for (Person p : people.people) {
            if (p != found && p.name.size() > 1 && oneSlip(word, p.last())) {
                if (meant != null) {
                    return null;
                }
                meant = p;
            }
        }
        return meant;
    }

    /** Do {@code a} and {@code b} differ by two neighbouring letters swapped or one letter doubled (case aside)? */
    static boolean oneSlip(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || y.length() < MIN_LENGTH) {
            return false;
        }
        if (x.length() == y.length()) {
            int i = 0;
            while (x.charAt(i) == y.charAt(i)) {
                i++;
            }
            return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // the extra letter doubles its neighbour: "Sherrill" for "Sherill"
        boolean doubled = i > 0 && longer.charAt(i) == longer.charAt(i - 1)
                || i + 1 < longer.length() && longer.charAt(i) == longer.charAt(i + 1);
        return doubled && shorter.substring(i).equals(longer.substring(i + 1));
    }
}
