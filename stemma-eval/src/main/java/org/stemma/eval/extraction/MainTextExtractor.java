package org.stemma.eval.extraction;

/** A main-text extractor under evaluation: ours or a peer. */
public interface MainTextExtractor {

    /** Short name for tables. */
    String name();

    /**
     * The article body of a decoded page.
     *
     * @throws Exception when the extractor fails on this page (scored as empty output)
     */
    String extract(String html, String url) throws Exception;
}
