package org.stemma.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The verbs of saying ("said", "warned", "whispered") as the resource {@code saying-verbs.tsv}
 * beside this class lists them: lemmas with their VerbNet 3.4 class (or why they have none), and
 * the list's provenance and licence. A lemma is a cue in the forms its kinds name: "base", third
 * person "s", regular "past" and participle, "ing", an irregular "past=" or "pp=" form. A lemma
 * with none is listed for its provenance only: VerbNet's verbs of communication that were measured
 * as cues and not taken (docs/evaluation.md, "Verbs of saying from FrameNet/VerbNet"). This class
 * is the one home of their regular inflection. All forms lower case.
 */
public final class SayingVerbs {

    private static final Set<String> FORMS;
    private static final Set<String> LISTED;

    static {
        Set<String> forms = new HashSet<>();
        Set<String> listed = new HashSet<>();
        WordKinds.read("saying-verbs.tsv", (lemma, kind) -> {
            listed.add(lemma);
            switch (kind) {
                case "base" -> forms.add(lemma);
                case "s" -> forms.add(third(lemma));
                case "past" -> forms.addAll(past(lemma));
                case "ing" -> forms.addAll(ing(lemma));
                default -> {
                    if (kind.startsWith("past=") || kind.startsWith("pp=")) {
                        forms.add(kind.substring(kind.indexOf('=') + 1));
                    } else if (kind.isEmpty()) {
                        throw new IllegalStateException("saying-verbs.tsv: no kind for " + lemma);
                    }
                }
            }
        });
        FORMS = Set.copyOf(forms);
        LISTED = Set.copyOf(listed);
    }

    private SayingVerbs() {
    }

    /** The forms that are cues: what quote attribution reads as a verb of saying. */
    public static Set<String> forms() {
        return FORMS;
    }

    /** Every listed lemma, cue or listed for its provenance only. */
    static Set<String> lemmas() {
        return LISTED;
    }

    /**
     * Past and participle by English spelling: "noted", "replied", "warned"; a final consonant
     * after one vowel may double or not ("labeled", "labelled", "quipped"), and both are given,
     * since a form no one writes is never looked up.
     */
    static List<String> past(String lemma) {
        int n = lemma.length();
        if (lemma.endsWith("e")) {
            return List.of(lemma + "d");
        }
        if (consonantY(lemma)) {
            return List.of(lemma.substring(0, n - 1) + "ied");
        }
        return doubles(lemma) ? List.of(lemma + "ed", lemma + lemma.charAt(n - 1) + "ed") : List.of(lemma + "ed");
    }

    /** The -ing form: "noting", "lying", "agreeing", "warning", "quipping". */
    static List<String> ing(String lemma) {
        int n = lemma.length();
        if (lemma.endsWith("ie")) {
            return List.of(lemma.substring(0, n - 2) + "ying");
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee") && n > 2) {
            return List.of(lemma.substring(0, n - 1) + "ing");
        }
        return doubles(lemma) ? List.of(lemma + "ing", lemma + lemma.charAt(n - 1) + "ing") : List.of(lemma + "ing");
    }

    /** The third person singular: "says", "replies", "stresses", "touches". */
    static String third(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh")) {
            return lemma + "es";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }

    private static boolean consonantY(String w) {
        int n = w.length();
        return n > 1 && w.charAt(n - 1) == 'y' && !vowel(w.charAt(n - 2));
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
