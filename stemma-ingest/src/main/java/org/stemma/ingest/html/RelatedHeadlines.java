package org.stemma.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.stemma.text.RelatedCues;
import org.stemma.text.Spaces;
import org.stemma.text.Tokenizer;

/**
 * Collects the headlines a page points to as related reading: lines such as
 * "READ MORE: headline" or "Related: headline", and the links inside elements named as related,
 * recommended or read-more lists. They are kept because they are provenance evidence.
 */
final class RelatedHeadlines {

    /** "READ MORE: headline", "MORE: headline", "See also – headline". */
    static final Pattern LEAD_IN = RelatedCues.leadIn();
    private static final String[] RELATED_STEMS = {
        "related", "readmore", "read-more", "read_more", "morestories", "more-stories",
        "recommend", "alsoread", "also-read", "readnext", "read-next", "upnext", "up-next",
        "seealso", "see-also",
    };
    private static final int MAX = 50;
    private static final int ANCESTORS = 8;

    private RelatedHeadlines() {
    }

    /** The headline after a lead-in such as "READ MORE:", or null if {@code line} has none. */
    static String leadIn(String line) {
        if (line.length() > 300) {
            return null;
        }
        Matcher m = LEAD_IN.matcher(Spaces.strip(line));
        if (!m.matches()) {
            return null;
        }
        String h = Spaces.strip(m.group(2));
        return words(h) >= 3 ? h : null;
    }

    static List<String> find(PageElements doc, List<TextBlock> blocks) {
        Set<String> out = new LinkedHashSet<>();
        for (TextBlock b : blocks) {
            String h = leadIn(b.text());
            if (h != null) {
                out.add(h);
                if (out.size() >= MAX) {
                    return new ArrayList<>(out);
                }
            }
        }
        for (Element a : doc.links) {
            if (out.size() >= MAX) {
                break;
            }
            if (!inRelatedList(a)) {
                continue;
            }
            String text = Spaces.strip(a.text());
            if (words(text) >= 4 && text.length() <= 300) {
                out.add(text);
            }
        }
        return new ArrayList<>(out);
    }

    private static int words(String s) {
        return Tokenizer.tokenize(s).size();
    }

    private static boolean inRelatedList(Element a) {
        Element e = a.parent();
        for (int i = 0; i < ANCESTORS && e != null; i++, e = e.parent()) {
            String names = (e.attr("class") + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (names.isBlank()) {
                continue;
            }
            for (String stem : RELATED_STEMS) {
                if (names.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
