package org.stemma.eval.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** Peer: boilerpipe 1.2.2's {@code ArticleExtractor} (Kohlschütter et al., shallow text features). */
public final class BoilerpipeExtractor implements MainTextExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(String html, String url) throws Exception {
        String text = ArticleExtractor.INSTANCE.getText(html);
        return text == null ? "" : text;
    }
}
