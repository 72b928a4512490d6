package org.stemma.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The one list of capitalised words that are never a name where they open a run of capitals:
 * function words, sentence adverbs, days and months, number words; and, for quote speakers
 * only, page labels, verbs of saying, forms of address and adjectives of party or region; and,
 * as a second kind, the words that end a name or role phrase ({@link #boundaryWords()}). Read
 * from the resource {@code never-names.tsv} beside this class, which gives each word's kind and
 * the list's provenance. All words lower case.
 */
public final class NeverNames {

    private static final Set<String> WORDS;
    private static final Set<String> SPEAKER_WORDS;
    private static final Set<String> NUMBERS;
    private static final Set<String> CALENDAR;
    private static final Set<String> BOUNDARY;

    static {
        Set<String> words = new HashSet<>();
        Set<String> speaker = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> calendar = new HashSet<>();
        Set<String> boundary = new HashSet<>();
        load(words, speaker, numbers, calendar, boundary);
        speaker.addAll(words);
        WORDS = Set.copyOf(words);
        SPEAKER_WORDS = Set.copyOf(speaker);
        NUMBERS = Set.copyOf(numbers);
        CALENDAR = Set.copyOf(calendar);
        BOUNDARY = Set.copyOf(boundary);
    }

    private NeverNames() {
    }

    /**
     * Words that never start a name (lower case): the function, adverb, opener, calendar and
     * number kinds. The story name finder's list.
     */
    public static Set<String> words() {
        return WORDS;
    }

    /**
     * {@link #words()} and the words that are never a speaker's name: page labels, verbs of
     * saying, forms of address, adjectives of party or region. Quote attribution's list.
     */
    public static Set<String> speakerWords() {
        return SPEAKER_WORDS;
    }

    /** The English number words ("twelve", "third", "dozens", "half"). */
    public static Set<String> numberWords() {
        return NUMBERS;
    }

    /** The days, the months, and "today", "yesterday", "tomorrow". */
    public static Set<String> calendarWords() {
        return CALENDAR;
    }

    /**
     * Words that never stand inside a person's name or a role phrase, so such a phrase ends
     * before them: every preposition but "of", every conjunction, the wh-words, the forms of "be"
     * and "have", "not", "it", "then", "also". Quote attribution's phrase ends.
     */
    public static Set<String> boundaryWords() {
        return BOUNDARY;
    }

    private static void load(Set<String> words, Set<String> speaker, Set<String> numbers, Set<String> calendar,
            Set<String> boundary) {
        WordKinds.read("never-names.tsv", (word, kind) -> {
            switch (kind) {
                case "function", "adverb", "opener" -> words.add(word);
                case "calendar" -> {
                    words.add(word);
                    calendar.add(word);
                }
                case "number" -> {
                    words.add(word);
                    numbers.add(word);
                }
                case "label", "speech", "address", "adjective" -> speaker.add(word);
                case "boundary" -> boundary.add(word);
                default -> throw new IllegalStateException("never-names.tsv: unknown kind " + kind + " of " + word);
            }
        });
    }
}
