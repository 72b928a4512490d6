package org.stemma.furniture;

import java.util.List;
import java.util.Locale;
import org.stemma.article.Article;
import org.stemma.article.UrlHost;
import org.stemma.fingerprint.Hashing;
import org.stemma.text.Sentences;
import org.stemma.text.Span;
import org.stemma.text.Tokenizer;
import org.stemma.text.Tokens;

/**
 * The site an article's page comes from, which its furniture repeats across: the host of its
 * URL (the page template belongs to the site that serves it; an outlet can be a wire credit
 * such as "AP" that many sites carry), else its outlet, else its byline, else its close. A
 * page that tells nothing of where it comes from is known by how its template ends it: when its
 * last sentence of {@link #CLOSING_WORDS} words or more is not a sentence of news (it ends
 * without a full stop, question or exclamation mark: a link, a contact block, a form, "To access
 * the full text of the article, click here"), pages ending in the same {@link #CLOSING_WORDS}
 * words are taken for one site. A page that closes on a sentence (wire copy and its revisions
 * end on one) or that ends like no other is a site of its own, as before: null.
 */
public final class Sites {

    /** Words of a page's close that stand for its site when nothing else tells it. */
    public static final int CLOSING_WORDS = 8;

    private Sites() {
    }

    public static String of(Article a) {
        return of(a, null);
    }

    /** The same as {@link #of(Article)}, given the article's tokens when they are at hand (or null). */
    static String of(Article a, Tokens tokens) {
        String host = host(a.url());
        if (host == null) {
            host = host(a.canonicalUrl());
        }
        if (host != null) {
            return "host:" + host;
        }
        if (a.outlet() != null && !a.outlet().isBlank()) {
            return "outlet:" + a.outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (a.author() != null && !a.author().isBlank()) {
            return "byline:" + a.author().strip().toLowerCase(Locale.ROOT);
        }
        return closing(a.text(), tokens);
    }

    /** The site key of a page's template close, or null when it closes on a sentence (see above). */
    private static String closing(String text, Tokens tokens) {
        // Only the page's end is read: its lines from about TAIL chars before the end (a line
        // break always ends a sentence there), or the whole text when no close is found in them.
        int from = text.lastIndexOf('\n', Math.max(0, text.length() - TAIL));
        String key = from <= 0 ? null : closing(text, from + 1, tokens);
        if (key == null) {
            key = closing(text, 0, tokens);
        }
        return key == null || key.equals(SENTENCE) ? null : key;
    }

    /** Read a page's last lines from about this many chars before its end. */
    private static final int TAIL = 2000;
    /** Told when the page closes on a sentence of news. */
    private static final String SENTENCE = "";

    /**
     * The close of the text from {@code start}: its key, {@link #SENTENCE}, or null when no
     * sentence there has the words asked.
     */
    private static String closing(String text, int start, Tokens tokens) {
        List<Span> sentences = Sentences.split(text.substring(start));
        Tokens t = null;
        for (int s = sentences.size() - 1; s >= 0; s--) {
            Span close = new Span(start + sentences.get(s).start(), start + sentences.get(s).end());
            if (close.length() < CLOSING_WORDS) {
                continue; // too short for the words asked ("end", "All rights reserved.")
            }
            if (t == null) {
                t = tokens != null ? tokens : Tokenizer.tokenize(text);
            }
            int from = t.tokenAtOrAfter(close.start());
            int to = t.tokenAtOrAfter(close.end()); // tokens [from, to) lie in the sentence
            if (to - from < CLOSING_WORDS) {
                continue;
            }
            return Sentences.endsInTerminal(text, close) ? SENTENCE
                    : "closing:" + Long.toHexString(Hashing.window(t.hashes(), to - CLOSING_WORDS, CLOSING_WORDS));
        }
        return null;
    }

    /** The URL's host by the one host reader, {@link UrlHost}; null when there is none. */
    private static String host(String url) {
        return url == null || url.isBlank() ? null : UrlHost.host(url);
    }
}
