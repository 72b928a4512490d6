package org.stemma.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into an article's text.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }

    /** The text this span covers in {@code s}. */
    public String of(CharSequence s) {
        return s.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
