package org.stemma.text;

/**
 * One run of a word-level diff: text kept, inserted (only in the new version) or deleted (only
 * in the old version).
 */
public record DiffSegment(Op op, String text) {
    public enum Op { EQUAL, INSERT, DELETE }
}
