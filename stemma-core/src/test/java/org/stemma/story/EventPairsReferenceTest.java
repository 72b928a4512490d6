package org.stemma.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;

/**
 * {@link StoryBuilder#eventPairs} against the rule written out over all pairs: a pair is judged
 * when the two share a name that a person carries somewhere and that two to cap articles carry;
 * it is an event pair when (dates within the window) one's person is named in the other and
 * the overlap coefficient of their names reaches the minimum.
 */
class EventPairsReferenceTest {

    private static final String[] PEOPLE = {"General Amadou Keita", "Minister Lena Fischer",
        "President Omar Haddad", "Dr Ines Moreau", "Senator Paul Grant"};
    private static final String[] PLACES = {"Bamako", "Lower Saxony", "Port Said", "Lyon",
        "Des Moines", "Gao", "Red Cross", "World Bank", "Sahel Alliance", "Kidal"};

    @Test
    void eventPairsAreThoseOfTheRuleOverAllPairs() {
        Random random = new Random(7);
        int judged = 0;
        for (int round = 0; round < 20; round++) {
            List<Article> articles = new ArrayList<>();
            int n = 30 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder("Officials met on the day.");
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    String person = PEOPLE[random.nextInt(PEOPLE.length)];
                    String surname = person.substring(person.lastIndexOf(' ') + 1);
                    text.append(" They said ").append(person).append(" spoke, and ").append(surname)
                            .append(" left.");
                }
                for (int k = 0; k < random.nextInt(6); k++) {
                    text.append(" It was near ").append(PLACES[random.nextInt(PLACES.length)]).append(" then.");
                }
                String date = random.nextInt(4) == 0 ? null : "2024-05-" + String.format("%02d", 1 + random.nextInt(28));
                articles.add(Article.builder("a" + i, text.toString()).published(date).build());
            }
            // A small cap, so that frequent names really are left out.
            EventSignals signals = new EventSignals(null, 7, 0.2, 0.8, 0.3);
            List<StoryBuilder.EventPair> expected = reference(articles, signals, Math.max(50, (int) (0.3 * n)));
            assertThat(StoryBuilder.eventPairs(articles, signals)).containsExactlyElementsOf(expected);
            // The pairwise rule that distributed runs call gives the rule's answer on every pair.
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    NamedEntities ei = StoryBuilder.entities(articles.get(i));
                    NamedEntities ej = StoryBuilder.entities(articles.get(j));
                    PublishedTime ti = PublishedTime.parse(articles.get(i).published());
                    PublishedTime tj = PublishedTime.parse(articles.get(j).published());
                    assertThat(StoryBuilder.sameEventLexically(ei, ti, ej, tj, signals))
                            .isEqualTo(rule(ei, ti, ej, tj, signals));
                }
            }
            judged += expected.size();
        }
        assertThat(judged).as("the rounds have event pairs to find").isGreaterThan(100);
    }

    private static List<StoryBuilder.EventPair> reference(List<Article> articles, EventSignals signals, int cap) {
        int n = articles.size();
        List<NamedEntities> e = articles.stream().map(StoryBuilder::entities).toList();
        Map<String, Integer> df = new HashMap<>();
        Set<String> persons = new HashSet<>();
        for (NamedEntities x : e) {
            x.names().forEach(name -> df.merge(name, 1, Integer::sum));
            persons.addAll(x.persons());
        }
        List<StoryBuilder.EventPair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean candidate = false;
                for (String name : e.get(i).names()) {
                    if (e.get(j).names().contains(name) && persons.contains(name)
                            && df.get(name) >= 2 && df.get(name) <= cap) {
                        candidate = true;
                    }
                }
                if (!candidate) {
                    continue;
                }
                if (rule(e.get(i), PublishedTime.parse(articles.get(i).published()), e.get(j),
                        PublishedTime.parse(articles.get(j).published()), signals)) {
                    out.add(new StoryBuilder.EventPair(articles.get(i).id(), articles.get(j).id()));
                }
            }
        }
        return out;
    }

    /** The event rule on one pair, written out on the name sets. */
    private static boolean rule(NamedEntities a, PublishedTime ta, NamedEntities b, PublishedTime tb,
                                EventSignals signals) {
        if (ta != null && tb != null && Math.abs(ta.epochDay() - tb.epochDay()) > signals.windowDays()) {
            return false;
        }
        boolean person = a.persons().stream().anyMatch(b.names()::contains)
                || b.persons().stream().anyMatch(a.names()::contains);
        Set<String> small = a.names().size() <= b.names().size() ? a.names() : b.names();
        Set<String> large = small == a.names() ? b.names() : a.names();
        double overlap = small.isEmpty() ? 0 : small.stream().filter(large::contains).count() / (double) small.size();
        return person && overlap >= signals.minOverlap();
    }
}
