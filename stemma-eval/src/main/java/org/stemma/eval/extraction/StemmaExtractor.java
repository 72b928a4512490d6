package org.stemma.eval.extraction;

import org.stemma.ingest.html.HtmlArticleExtractor;

/** Stemma's own extractor ({@link HtmlArticleExtractor}), text only. */
public final class StemmaExtractor implements MainTextExtractor {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public String name() {
        return "stemma";
    }

    @Override
    public String extract(String html, String url) {
        return extractor.extract(html, url).text();
    }
}
