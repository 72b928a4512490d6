package org.stemma.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.quote.Quote;
import org.stemma.text.Span;

/**
 * The baseline every quotation extractor is measured beside: a bare regular expression that
 * takes every pair of double quotation marks of one style within a paragraph as a quotation, with no
 * attribution, no speaker, no single quotes and no judgement of scare quotes or titles.
 */
public final class QuoteMarkRegexPeer {

    /** One alternative per style, each closed by its own mark: “…”, „…“, «…», "…", ''…''. */
    private static final Pattern MARKS = Pattern.compile(
            "\u201C([^\u201D\n]{1,2000})\u201D|\u201E([^\u201C\u201D\n]{1,2000})[\u201C\u201D]|\u00AB([^\u00BB\n]{1,2000})\u00BB"
                    + "|\"([^\"\n]{1,2000})\"|''((?:(?!'').){1,2000}?)''");

    private QuoteMarkRegexPeer() {
    }

    /** Every double-quoted stretch of {@code text}, as quotations of article {@code id}. */
    public static List<Quote> extract(String id, String text) {
        List<Quote> out = new ArrayList<>();
        Matcher m = MARKS.matcher(text);
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) {
                g++;
            }
            int s = m.start(g);
            int e = m.end(g);
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e && text.substring(s, e).chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Quote(id, new Span(s, e), text.substring(s, e), false, null, null, null));
            }
        }
        return out;
    }
}
