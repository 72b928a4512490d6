package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonIndex} gives exactly the people a scan with {@link String#equalsIgnoreCase} gives,
 * in the same order, on random names mixing cases and the characters where case folding is odd.
 */
class PersonIndexTest {

    /** Letters whose upper and lower cases do not map one to one, and a surrogate pair (U+1D400). */
    private static final String[] PIECES = {"a", "A", "b", "B", "k", "K", "\u212A", "s", "S", "\u017F", "i", "I",
        "\u0131", "\u0130", "\u00DF", "\u1E9E", "\u00B5", "\u039C", "\u03BC", "\u00FF", "\u0178", "\u03C3", "\u03C2",
        "\u03A3", "\u01C5", "\u01C4", "\u01C6", "-", "'", "\uD835\uDC00", "\uD835\uDC1A"};

    @Test
    void sameAnswersAsTheScanOnRandomNames() {
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            PersonIndex index = new PersonIndex();
            List<Person> all = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                Person p = new Person();
                for (int w = 1 + random.nextInt(3); w > 0; w--) {
                    p.name.add(word(random));
                }
                index.add(p);
                all.add(p);
                if (random.nextInt(4) == 0) { // a fuller form of someone's name seen later
                    Person r = all.get(random.nextInt(all.size()));
                    String oldFirst = r.name.get(0);
                    String oldLast = r.last();
                    r.name.add(0, word(random));
                    index.renamed(r, oldFirst, oldLast);
                }
            }
            for (int q = 0; q < 60; q++) {
                String word = q % 2 == 0 ? word(random) : variant(all.get(random.nextInt(all.size())), random);
                assertThat(index.withLast(word)).containsExactlyElementsOf(scan(all, word, true));
                assertThat(index.withFirst(word)).containsExactlyElementsOf(scan(all, word, false));
            }
        }
    }

    @Test
    void foldsCaseAsEqualsIgnoreCase() {
        assertThat(PersonIndex.fold("Diarra")).isEqualTo(PersonIndex.fold("DIARRA"));
        assertThat(PersonIndex.fold("\u212Aane")).isEqualTo(PersonIndex.fold("kane")); // Kelvin sign
        assertThat("\u212Aane".equalsIgnoreCase("kane")).isTrue();
        assertThat(PersonIndex.fold("stra\u00DFe")).isNotEqualTo(PersonIndex.fold("STRASSE"));
        assertThat(PersonIndex.fold("\uD835\uDC00bc")).isNull();
    }

    @Test
    void aNameWordInAnotherCaseFindsThePerson() {
        Lex lex = Lex.of("Gen. Alou Boi Diarra said the army would stay. Diarra told reporters so.");
        People people = People.index(lex, new boolean[lex.size]);
        Person p = people.byName(List.of("DIARRA"), lex.text.length());

        assertThat(p).isNotNull();
        assertThat(p.canonical()).isEqualTo("Alou Boi Diarra");
        assertThat(people.byName(List.of("alou"), lex.text.length())).isSameAs(p);
        assertThat(people.byName(List.of("Boubacar"), lex.text.length())).isNull();
    }

    private static List<Person> scan(List<Person> all, String word, boolean last) {
        List<Person> found = new ArrayList<>();
        for (Person p : all) {
            if ((last ? p.last() : p.name.get(0)).equalsIgnoreCase(word)) {
                found.add(p);
            }
        }
        return found;
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** One of {@code p}'s name words with its cases changed at random. */
    private static String variant(Person p, Random random) {
        String w = random.nextBoolean() ? p.last() : p.name.get(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int r = random.nextInt(3);
            b.append(r == 0 ? Character.toUpperCase(c) : r == 1 ? Character.toLowerCase(c) : c);
        }
        return b.toString();
    }
}
