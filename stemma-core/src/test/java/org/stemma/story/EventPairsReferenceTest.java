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
                PublishedTime ti = PublishedTime.parse(articles.get(i).published());
                PublishedTime tj = PublishedTime.parse(articles.get(j).published());
                if (ti != null && tj != null && Math.abs(ti.epochDay() - tj.epochDay()) > signals.windowDays()) {
                    continue;
                }
                boolean person = e.get(i).persons().stream().anyMatch(e.get(j).names()::contains)
                        || e.get(j).persons().stream().anyMatch(e.get(i).names()::contains);
                Set<String> small = e.get(i).names().size() <= e.get(j).names().size() ? e.get(i).names() : e.get(j).names();
                Set<String> large = small == e.get(i).names() ? e.get(j).names() : e.get(i).names();
                double overlap = small.stream().filter(large::contains).count() / (double) small.size();
                if (person && overlap >= signals.minOverlap()) {
                    out.add(new StoryBuilder.EventPair(articles.get(i).id(), articles.get(j).id()));
                }
            }
        }
        return out;
    }
}
