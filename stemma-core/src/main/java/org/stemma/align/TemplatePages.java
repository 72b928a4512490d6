package org.stemma.align;

import org.stemma.align.paraphrase.SentenceFeatures;
import org.stemma.article.Article;
import org.stemma.story.StopWords;
import org.stemma.text.Normalizer;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * A page whose text does not tell its headline's story: no content word of its title is in its
 * text. Its extraction kept the site's template instead of the article (a station's welcome
 * blurb, a travel or video widget, a sign-in or paywall form), so what two such pages share is
 * the template, not news. A headline names who did what where; a title of fewer than
 * {@link #MIN_TITLE_WORDS} content words is a site's or a section's name ("News", "Daily
 * Blotter") and says nothing. Content words are the words not in the Snowball stop word list
 * ({@link StopWords}), of two characters or more, compared on their first
 * {@link SentenceFeatures#STEM} characters as the paraphrase features compare them ("kills" and
 * "killed", "accidental" and "accidentally" agree). A page with no title is never a template by
 * this test.
 */
final class TemplatePages {

    /** Fewest content words of a title that is a headline. */
    static final int MIN_TITLE_WORDS = 3;

    private TemplatePages() {
    }

    /** Whether both articles (texts tokenised as {@code ta}, {@code tb}) are template pages: all they share is template. */
    static boolean both(Article a, Tokens ta, Article b, Tokens tb) {
        return is(a, ta) && is(b, tb);
    }

    /** Whether the article (its text tokenised as {@code t}) is a template page (see the class comment). */
    static boolean is(Article a, Tokens t) {
        String title = a.title();
        if (title == null || title.isBlank() || t.size() == 0) {
            return false;
        }
        Tokens tt = Tokenizer.tokenize(title);
        long[] exact = new long[tt.size()];
        long[] stem = new long[tt.size()];
        int n = 0;
        for (int i = 0; i < tt.size(); i++) {
            if (content(tt, i)) {
                exact[n] = tt.hash(i);
                stem[n++] = stem(tt.term(i));
            }
        }
        if (n < MIN_TITLE_WORDS) {
            return false;
        }
        int from = bodyStart(a.text(), title.strip(), t);
        // Most pages share a word with their title as it is: the stems are read only when none does.
        for (int i = from; i < t.size(); i++) {
            if (contains(exact, n, t.hash(i))) {
                return false;
            }
        }
        boolean any = false;
        for (int i = from; i < t.size(); i++) {
            if (content(t, i)) {
                any = true;
                String term = Normalizer.normalize(t.text().substring(t.start(i), t.end(i)));
                if (contains(stem, n, stem(term))) {
                    return false;
                }
            }
        }
        return any;
    }

    /** The first token after the title when the text opens with it (a page dump keeps its headline). */
    private static int bodyStart(String text, String title, Tokens t) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        return text.startsWith(title, lead) ? t.tokenAtOrAfter(lead + title.length()) : 0;
    }

    private static boolean content(Tokens t, int i) {
        return t.end(i) - t.start(i) >= 2 && !StopWords.contains(t.hash(i));
    }

    private static long stem(String term) {
        return Tokenizer.fnv1a64(term.length() > SentenceFeatures.STEM ? term.substring(0, SentenceFeatures.STEM) : term);
    }

    private static boolean contains(long[] set, int n, long h) {
        for (int i = 0; i < n; i++) {
            if (set[i] == h) {
                return true;
            }
        }
        return false;
    }
}
