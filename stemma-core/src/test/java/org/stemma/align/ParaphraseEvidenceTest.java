package org.stemma.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stemma.align.ReuseFinderTest.art;
import static org.stemma.align.ReuseFinderTest.words;
import static org.stemma.align.TemplatePagesTest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.text.Span;

/**
 * {@link ParaphraseEvidence}: the paraphrase path is judged by the lexical path's rules (template
 * pages, verbatim stock phrases), through the finder with a stand-in paraphrase finder that
 * proposes given sentence pairs as paraphrases.
 */
class ParaphraseEvidenceTest {

    /** Sentence pairs (one in each text) a stand-in model calls paraphrases; records what it is handed. */
    static final class Proposer implements ParaphraseFinder {
        final List<String[]> pairs;
        final Map<String, List<Passage>> handed = new ConcurrentHashMap<>();

        Proposer(String[]... pairs) {
            this.pairs = List.of(pairs);
        }

        @Override
        public long[] candidatePairs(List<Article> articles) {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    out.add(((long) i << 32) | j);
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public List<Passage> find(Article a, Article b, List<Passage> lexical) {
            handed.put(a.id() + "-" + b.id(), lexical);
            List<Passage> out = new ArrayList<>();
            for (String[] p : pairs) {
                int x = a.text().indexOf(p[0]);
                int y = b.text().indexOf(p[1]);
                if (x >= 0 && y >= 0) {
                    out.add(new Passage(new Span(x, x + p[0].length()), new Span(y, y + p[1].length()),
                            PassageKind.PARAPHRASE, 0.95));
                }
            }
            return out;
        }
    }

    static final String LOG_IN = "Please log in to continue reading this story.";
    static final String SIGN_IN = "Sign in now so that you can keep on reading.";

    static List<Link> links(ReuseOptions options, Proposer model, Article... articles) {
        return new ReuseFinder(options, model).find(List.of(articles));
    }

    @Test
    void twoTemplatePagesGetNoParaphrasePassage() {
        Proposer model = new Proposer(new String[] {LOG_IN, SIGN_IN});
        // Neither text tells its headline's story: both pages kept their site's sign-in form.
        Article t1 = page("t1", "Bakery wins regional pastry award", LOG_IN + " Create a free profile today.");
        Article t2 = page("t2", "Council approves harbour budget", SIGN_IN + " Make your own profile.");
        assertThat(links(ReuseOptions.defaults(), model, t1, t2)).isEmpty();
        // The same pair of sentences between two pages that tell their stories is a paraphrase.
        Article s1 = page("s1", "Bakery wins regional pastry award", "The bakery wins a regional pastry award. " + LOG_IN);
        Article s2 = page("s2", "Council approves harbour budget", "The council approves the harbour budget. " + SIGN_IN);
        List<Link> told = links(ReuseOptions.defaults(), model, s1, s2);
        assertThat(told).singleElement().satisfies(l -> assertThat(l.kind()).isEqualTo(LinkKind.PARAPHRASE));
        // With furniture off, the template rule is off on both paths.
        assertThat(links(ReuseOptions.defaults().withFurnitureMinDocs(0), model, t1, t2)).hasSize(1);
    }

    @Test
    void aSentenceOfTheSameWordsIsJudgedAsVerbatimText() {
        Random r = new Random(11);
        // Each shorter than the aligner's shortest passage, and far apart.
        String stock = "Thanks for signing up today.";
        String edited1 = "Your free trial has now started.";
        String edited2 = "Your free trial has just started.";
        Article a = art("a", words(r, 60) + " " + stock + " " + words(r, 60) + " " + edited1 + " " + words(r, 60));
        Article b = art("b", words(r, 60) + " " + stock + " " + words(r, 60) + " " + edited2 + " " + words(r, 60));
        // Two more unrelated pages carry the stock line: it is a common phrase.
        Article e = art("e", words(r, 60) + " " + stock + " " + words(r, 60));
        Article f = art("f", words(r, 60) + " " + stock + " " + words(r, 60));
        Proposer model = new Proposer(new String[] {stock, stock}, new String[] {edited1, edited2});
        // The stock line has no rare word, the edited line shares no n-gram: neither links.
        assertThat(links(ReuseOptions.defaults(), model, a, b, e, f)).isEmpty();
        // With the evidence rule off, short shared phrases count on both paths.
        assertThat(links(ReuseOptions.defaults().withMinEvidence(0), model, a, b, e, f))
                .anySatisfy(l -> assertThat(l.passages()).hasSize(2));
        // A line of the same words that only these two pages share has rare words: it stands.
        String own = "The harbour budget rose sharply.";
        Article g = art("g", words(r, 60) + " " + own + " " + words(r, 60));
        Article h = art("h", words(r, 60) + " " + own + " " + words(r, 60));
        assertThat(links(ReuseOptions.defaults(), new Proposer(new String[] {own, own}), g, h)).hasSize(1);
        // A reworded sentence stands.
        Article c = art("c", words(r, 60) + " " + LOG_IN + " " + words(r, 60));
        Article d = art("d", words(r, 60) + " " + SIGN_IN + " " + words(r, 60));
        Proposer reworded = new Proposer(new String[] {LOG_IN, SIGN_IN});
        assertThat(links(ReuseOptions.defaults(), reworded, c, d)).singleElement()
                .satisfies(l -> assertThat(l.passages()).extracting(Passage::kind).containsExactly(PassageKind.PARAPHRASE));
    }

    @Test
    void verbatimTextTheEvidenceRuleDroppedDoesNotComeBackAsAParaphrase() {
        Random r = new Random(12);
        String stock = "anyone with information about the incident is asked to call the tip line";
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            as.add(art("s" + i, words(r, 80) + " " + stock + " " + words(r, 80)));
        }
        Proposer model = new Proposer(new String[] {stock, stock});
        List<Link> links = new ReuseFinder(ReuseOptions.defaults(), model).find(as);
        // A phrase four unrelated pages share is common: no lexical link, and no paraphrase one either.
        assertThat(links).isEmpty();
        // The finder was handed no lexical passage: the aligner's one was dropped as a stock phrase.
        assertThat(model.handed.get("s0-s1")).isEmpty();
    }

    @Test
    void sameWordsIsTheAlignersSimilarity() {
        org.stemma.text.Tokens ta = org.stemma.text.Tokenizer.tokenize("one two three four five");
        org.stemma.text.Tokens tb = org.stemma.text.Tokenizer.tokenize("one two three four six");
        org.stemma.text.Tokens tc = org.stemma.text.Tokenizer.tokenize("one two seven four six");
        Passage ab = new Passage(new Span(0, 23), new Span(0, 22), PassageKind.PARAPHRASE, 0.9);
        assertThat(ParaphraseEvidence.sameWords(ab, ta, tb)).isTrue(); // 2·4/10 = 0.8
        Passage ac = new Passage(new Span(0, 23), new Span(0, 22), PassageKind.PARAPHRASE, 0.9);
        assertThat(ParaphraseEvidence.sameWords(ac, ta, tc)).isFalse(); // 2·3/10 = 0.6
    }
}
