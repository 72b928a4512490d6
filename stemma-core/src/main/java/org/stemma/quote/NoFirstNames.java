package org.stemma.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.text.FirstNames;
import org.stemma.text.WordNetNouns;

/**
 * Two-word name mentions whose first word is no first name, rewritten to the bare surname, so
 * that {@link People} links them to the person the article names in full ("Dorothea Quennell …
 * Sheriff Quennell said", "Walter Brindlecombe … Hosting Brindlecombe at the fair, the mayor …"). The first word is no
 * first name when it is no recorded first name ({@link FirstNames#known}) and either a noun
 * naming a person ({@link WordNetNouns#personNouns()}: the person's role, "Sheriff") or a
 * capitalised "-ing"/"-ed" word opening the sentence (a participle, "Hosting"), and some other
 * mention of the article gives the surname with a recorded first name. Without that full name
 * nothing says which word is the name, and the mention is left as it is.
 */
final class NoFirstNames {

    private NoFirstNames() {
    }

    /** Rewrites, in place, the mentions of {@code lex}'s text whose first word is no first name. */
    static void strip(Lex lex, List<Mention> mentions) {
        Set<String> fullSurnames = new HashSet<>();
        for (Mention m : mentions) {
            if (!m.org() && m.name().size() >= 2 && FirstNames.known(m.name().get(0))) {
                fullSurnames.add(Lexicon.key(Person.surname(m.name())));
            }
        }
        if (fullSurnames.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.org() || m.name().size() != 2 || m.tokenEnd() - m.tokenStart() < 2
                    || !fullSurnames.contains(Lexicon.key(m.name().get(1)))) {
                continue;
            }
            int first = m.tokenEnd() - 2;
            String w = m.name().get(0);
            if (FirstNames.known(w)) {
                continue;
            }
            boolean role = WordNetNouns.personNouns().contains(Lexicon.key(w));
            if (!role && !(participle(w) && MentionFinder.opensSentence(lex, first))) {
                continue;
            }
            Set<String> roles = new HashSet<>(m.roles());
            if (role) {
                roles.add(Lexicon.key(w));
            }
            mentions.set(i, new Mention(m.start(), m.end(), m.tokenStart(), m.tokenEnd(), List.of(m.name().get(1)), roles,
                    false, m.strong() || role, m.titled() || role, m.possessive(), m.inQuote(), m.speaks(), m.subject()));
        }
    }

    /** Is {@code w} written as a verb's "-ing" or "-ed" form ("Hosting", "Asked"), capital aside? */
    static boolean participle(String w) {
        String k = Lexicon.key(w);
        return k.length() > 5 && k.endsWith("ing") || k.length() > 4 && k.endsWith("ed");
    }
}
