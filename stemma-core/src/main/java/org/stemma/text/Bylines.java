package org.stemma.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one home of byline patterns: a lead-in ("By", "Written by", "Posted by") and the writer's
 * name. One list of English lead-ins, the lead-ins of five other languages the HTML reader meets,
 * and one pattern for a name of one to four capitalised words. Plain-text extraction, the date
 * reader, provenance (an agency's byline) and the HTML reader each build their pattern here.
 * Written from general news-page usage (no evaluation vocabulary).
 */
public final class Bylines {

    /** English lead-ins, lower case, words separated by one space. */
    public static final List<String> LEAD_INS = List.of("by", "written by", "posted by", "published by",
            "words by");

    /** Lead-ins in Spanish and Portuguese, French, German, Italian and Dutch ("Por Ana Gómez"). */
    static final List<String> OTHER_LANGUAGES = List.of("por", "par", "von", "di", "door", "publicado por");

    /** A writer's name: one to four capitalised words ("Maria Lopez", "J. R. Smith-Jones"). */
    public static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";

    private Bylines() {
    }

    /**
     * A plain-text line that is a byline: a lead-in capitalised ("By", "Written by") or in capitals
     * ("BY"), or the label "Author:", then the byline (group 1, at most 81 characters).
     */
    public static Pattern line() {
        List<String> forms = new ArrayList<>();
        for (String l : LEAD_INS) {
            forms.add(Character.toUpperCase(l.charAt(0)) + l.substring(1));
            forms.add(l.toUpperCase(Locale.ROOT));
        }
        forms.add("Author:");
        return Pattern.compile("^(?:" + String.join("|", forms) + ")\\s+(\\S.{0,80})$");
    }

    /** A byline riding at the end of a dateline: "Posted on March 3, 2023 by Maria Lopez" (group 1 the name). */
    public static Pattern trailing() {
        return Pattern.compile("\\b[Bb]y\\s+(" + NAME + ")\\s*$");
    }

    /**
     * A byline line naming the writer's organisation after a comma, perhaps after a title: "By
     * Helen William, PA News", "By Anthony Barnes, Showbusiness Correspondent, PA News"; two
     * names may be joined by "and". Multiline: each line is tried.
     */
    public static Pattern withOrganisation() {
        return Pattern.compile("(?m)^\\W{0,3}By\\s+" + NAME + "(?:\\s+and\\s+" + NAME + ")?"
                + ",\\s*\\p{Lu}[\\p{L}&'’., -]{1,60}\\s*$");
    }

    /**
     * The start of an HTML block that is a byline in any of the languages: a lead-in in any case
     * and a capital ("by Jane Doe", "Por Ana Gómez"); to be matched at the block's start.
     */
    public static Pattern startAnyLanguage() {
        List<String> all = new ArrayList<>(LEAD_INS);
        all.addAll(OTHER_LANGUAGES);
        return Pattern.compile("(?i)(" + String.join("|", all) + ")\\s+\\p{Lu}");
    }

    /**
     * A lead-in to strip from an author field, any case; an author field may also read "From
     * Reuters".
     */
    public static Pattern authorFieldPrefix() {
        List<String> all = new ArrayList<>(LEAD_INS);
        all.add("from");
        return Pattern.compile("^(?i)(" + String.join("|", all) + ")\\s+");
    }
}
