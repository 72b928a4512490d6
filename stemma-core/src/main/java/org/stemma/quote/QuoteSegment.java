package org.stemma.quote;

import java.util.ArrayList;
import java.util.List;

/** A quotation being assembled by {@link QuoteExtractor}: its pieces and what was found around it. */
final class QuoteSegment {

    /** A cue and the speaker phrase it introduces, as token ranges ({@code npStart == npEnd}: no phrase). */
    record Attribution(String cue, int npStart, int npEnd) {
    }

    final List<QuoteMarks.Piece> pieces = new ArrayList<>();
    int firstTok;      // token index of the opening mark
    int lastTok;       // token index just after the closing mark
    boolean partial;
    Attribution attr;
    boolean attrAfter; // the attribution follows the quote
    int interStart = -1; // tokens of the attribution that interrupts the quote, if any
    int interEnd = -1;
    /** The speaker is only the sentence's subject: no verb of saying vouches for the quote. */
    boolean bySubject;
    /** The attribution was borrowed from an earlier quote of the same sentence. */
    boolean sharedAttribution;
    String speaker;

    int markStart() {
        return pieces.get(0).markStart();
    }

    int markEnd() {
        return pieces.get(pieces.size() - 1).markEnd();
    }
}
