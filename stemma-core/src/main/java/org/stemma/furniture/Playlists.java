package org.stemma.furniture;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.text.ClockTimes;
import org.stemma.text.Span;

/**
 * Video-playlist captions, told by their form alone: a run of at least {@link #MIN_RUN} lines
 * in a row, each a short headline led by a running time ("1:39 Inmates send get-well cards to
 * wounded officers", "0:43 ... Pause"). A site's playlist widget lists the clips of its other
 * pages, so one caption recurs on a few of the site's pages while sitting between captions seen
 * on one page only: the finder's "one stock sentence inside the news" test would keep it as
 * text. A caption line of a playlist is page furniture by its form wherever it stands; whether
 * it recurs is still the corpus's to say (only frequent n-grams can be furniture).
 *
 * <p>Words only from the form: a leading time of minutes and seconds (not a clock time with
 * "a.m."/"pm"), a headline's length, no sentence of news ends it with a full stop, and several
 * such lines in a row. A live blog's entries ("10:32 Police say the road is closed.") end with
 * a full stop and are longer.
 */
final class Playlists {

    /** Caption lines in a row that make a playlist. */
    static final int MIN_RUN = 3;
    /** Most words of a caption line (a headline, not a paragraph). */
    static final int MAX_WORDS = 25;

    /** A running time at the line's start, then a word (not a.m./p.m.: {@link ClockTimes}). */
    private static final Pattern CAPTION = Pattern.compile("\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?\\s+(\\S).*");

    private Playlists() {
    }

    /** For each unit (spans of {@code text}, in order), whether it lies in a playlist's caption line. */
    static boolean[] captionUnits(String text, List<Span> units) {
        boolean[] out = new boolean[units.size()];
        int n = text.length();
        int runStart = -1; // start offset of the current run of caption lines
        int runEnd = -1;
        int runLines = 0;
        int pos = 0;
        while (pos <= n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(pos, end).strip();
            if (!line.isEmpty()) { // a blank line neither starts nor breaks a run
                if (isCaption(line)) {
                    if (runLines == 0) {
                        runStart = pos;
                    }
                    runEnd = end;
                    runLines++;
                } else {
                    mark(units, runStart, runEnd, runLines, out);
                    runLines = 0;
                }
            }
            pos = end + 1;
        }
        mark(units, runStart, runEnd, runLines, out);
        return out;
    }

    /** Whether a line (stripped) is a caption: led by a running time, a headline's length, no full stop. */
    private static boolean isCaption(String line) {
        char c = line.charAt(0);
        return c >= '0' && c <= '9' && line.charAt(line.length() - 1) != '.'
                && isCaptionShape(line) && line.split("\\s+").length <= MAX_WORDS + 1;
    }

    private static boolean isCaptionShape(String line) {
        Matcher m = CAPTION.matcher(line);
        return m.matches() && !ClockTimes.isMarkerAt(line, m.start(1));
    }

    private static void mark(List<Span> units, int from, int to, int lines, boolean[] out) {
        if (lines < MIN_RUN) {
            return;
        }
        for (int u = 0; u < units.size(); u++) {
            Span s = units.get(u);
            if (s.start() >= from && s.end() <= to) {
                out[u] = true;
            }
        }
    }
}
