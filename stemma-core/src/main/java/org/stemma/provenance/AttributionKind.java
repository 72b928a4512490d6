package org.stemma.provenance;

/** What an attribution phrase says about where an article's content came from. */
public enum AttributionKind {
    /** Names the outlet or agency the text was taken from ("Source: Reuters", "(AFP) —",
     *  "according to TASS", "first published by RT"). */
    SOURCE,
    /** Declares the text comes from elsewhere without naming an outlet ("Source: News websites",
     *  "agencies"). */
    UNNAMED_SOURCE,
    /** Names the outlet that interviewed a speaker ("told RTVI", "in an interview with RT"):
     *  credit for the interview, not for another outlet's article text. */
    INTERVIEW,
    /** A link (URL) in the text. */
    LINK
}
