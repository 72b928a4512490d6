package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The verbs of saying ("said", "warned", "whispered") as the resource {@code saying-verbs.tsv}
 * beside this class lists them: lemmas of VerbNet 3.4's verbs of communication, with their
 * class and the list's provenance and licence. This class is the one home of their inflection:
 * every lemma gives its past, participle and -ing forms, and a lemma marked "present" its base and
 * third-person forms too. All forms lower case.
 */
public final class SayingVerbs {

    private static final Set<String> FORMS;

    static {
        Set<String> forms = new HashSet<>();
        Set<String> present = new HashSet<>();
        WordKinds.read("saying-verbs.tsv", (lemma, kind) -> {
            if (kind.equals("present")) {
                present.add(lemma);
            } else if (kind.startsWith("past=") || kind.startsWith("pp=")) {
                forms.add(kind.substring(kind.indexOf('=') + 1));
            } else if (kind.isEmpty()) {
                throw new IllegalStateException("saying-verbs.tsv: no kind for " + lemma);
            }
            forms.addAll(inflect(lemma, false));
        });
        for (String lemma : present) {
            forms.addAll(inflect(lemma, true));
        }
        FORMS = Set.copyOf(forms);
    }

    private SayingVerbs() {
    }

    /** Every inflected form of every listed verb. */
    public static Set<String> forms() {
        return FORMS;
    }

    /**
     * The regular forms of {@code lemma} by English spelling: past and participle ("warned",
     * "replied", "quipped", "noted"), -ing ("warning", "noting", "quipping"), and with {@code
     * present} the base and third person ("warn", "warns", "replies", "stresses"). A final
     * consonant after one vowel may double or not ("labeled", "labelled"); both are given, since a
     * form no one writes is never looked up.
     */
    static Set<String> inflect(String lemma, boolean present) {
        Set<String> out = new HashSet<>();
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && !vowel(lemma.charAt(n - 2));
        boolean doubles = doubles(lemma);
        String doubled = lemma + last;
        if (last == 'e') {
            out.add(lemma + "d");
        } else if (consonantY) {
            out.add(lemma.substring(0, n - 1) + "ied");
        } else {
            out.add(lemma + "ed");
            if (doubles) {
                out.add(doubled + "ed");
            }
        }
        if (lemma.endsWith("ie")) {
            out.add(lemma.substring(0, n - 2) + "ying");
        } else if (last == 'e' && !lemma.endsWith("ee") && n > 2) {
            out.add(lemma.substring(0, n - 1) + "ing");
        } else {
            out.add(lemma + "ing");
            if (doubles) {
                out.add(doubled + "ing");
            }
        }
        if (present) {
            out.add(lemma);
            if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                    || lemma.endsWith("sh")) {
                out.add(lemma + "es");
            } else if (consonantY) {
                out.add(lemma.substring(0, n - 1) + "ies");
            } else {
                out.add(lemma + "s");
            }
        }
        return out;
    }

    /** Does the final consonant stand after one vowel ("quip", "label", "admit"), so it may double? */
    private static boolean doubles(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(n - 1);
        if (vowel(c) || c == 'w' || c == 'x' || c == 'y' || !vowel(w.charAt(n - 2))) {
            return false;
        }
        char before = w.charAt(n - 3);
        // "quip": the u of qu is no vowel of its own
        return !vowel(before) || before == 'u' && n >= 4 && w.charAt(n - 4) == 'q';
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
