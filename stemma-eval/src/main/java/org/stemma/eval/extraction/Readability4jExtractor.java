package org.stemma.eval.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Peer: Readability4J 1.0.8 (a Kotlin port of Mozilla's Readability.js); its text content. */
public final class Readability4jExtractor implements MainTextExtractor {

    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(String html, String url) {
        Article article = new Readability4J(url == null ? "" : url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
