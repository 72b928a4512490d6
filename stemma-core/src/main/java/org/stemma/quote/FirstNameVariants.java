package org.stemma.quote;

import java.text.Normalizer;
import java.util.Locale;
import org.stemma.text.FirstNames;

/**
 * Whether two first names written before one surname may be one person's, spelt two ways: the
 * test {@link People} uses before it joins "Josh Tallmadge" and "Joshua Tallmadge", or
 * "Andriy Vosk" and "Andrey Vosk", into one person — and keeps apart two relatives of one
 * surname ("Dorian Tallmadge" and his nephew "Desmond Tallmadge"). Two given names of one initial
 * are variants when one is the other's start (a short form or an initial: "Josh", "R."), when
 * they differ by one letter (accents aside, a swap of neighbours counting one: "Andriy"/"Andrey",
 * "Katharine"/"Katherine"), or by two letters when not both are recorded first names
 * ({@link FirstNames#known}: a misspelling or a rare transliteration). Two recorded names further
 * apart ("Dorian"/"Desmond", "Carla"/"Carol") are each a name of its own: two people.
 */
final class FirstNameVariants {

    private FirstNameVariants() {
    }

    /** May {@code a} and {@code b}, two first names of one initial, be one person's? */
    static boolean variants(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        if (x.startsWith(y) || y.startsWith(x) || x.equals(y)) {
            return true; // "Josh"/"Joshua", "R."/"Rosalind", "François"/"Francois"
        }
        int d = distance(x, y);
        return d <= 1 || d == 2 && !(FirstNames.known(a) && FirstNames.known(b));
    }

    /** Lower case, accents and full stops dropped. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Edits (insert, delete, replace, swap of neighbours) turning {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
