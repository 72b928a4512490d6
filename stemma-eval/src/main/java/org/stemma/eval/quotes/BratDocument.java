package org.stemma.eval.quotes;

import java.util.List;
import java.util.Map;
import org.stemma.text.Span;

/**
 * One text with its brat standoff annotations (as PolNeAR writes them).
 *
 * @param name         the text's file name without extension
 * @param text         the article text
 * @param annotator    the annotator whose file was read, or null when the text has none
 * @param spans        text-bound annotations by id ({@code T12})
 * @param attributions the {@code E} lines: one attribution each
 */
public record BratDocument(String name, String text, String annotator, Map<String, TextBound> spans,
                           List<Attribution> attributions) {

    public BratDocument {
        spans = Map.copyOf(spans);
        attributions = List.copyOf(attributions);
    }

    /**
     * A {@code T} line: a label and one or more char ranges ({@code 0 5;9 12}).
     */
    public record TextBound(String id, String label, List<Span> ranges, String text) {
        public TextBound {
            ranges = List.copyOf(ranges);
        }
    }

    /**
     * An {@code E} line tying an attribution together; any role may be missing (null).
     *
     * @param id      the event id ({@code E4})
     * @param type    {@code Attribution} or {@code Attribution-no-source}
     * @param source  the Source span, or null
     * @param cue     the Cue span, or null
     * @param content the Content span, or null
     */
    public record Attribution(String id, String type, TextBound source, TextBound cue, TextBound content) {
    }
}
