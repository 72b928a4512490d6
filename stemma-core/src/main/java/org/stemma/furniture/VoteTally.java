package org.stemma.furniture;

/**
 * The votes of one frequent n-gram, summed over the articles carrying it, with the places it
 * stands at: for an n-gram on few pages of one site ({@link FurnitureFinder#isFewPages}), the
 * template's signature is to stand, in a furniture-sized block, at the same place near the edge
 * of every page that carries it (the same unit counted from the article's start, or from its
 * end, at most {@link FurnitureParams#NEAR_EDGE_UNITS} units in), as a site's header under a
 * changing date line or its copyright line above a fixed footer do; two reports of one event
 * share their sentences at places the news decides, and two copies of one live page share
 * theirs at one place deep inside.
 * A distributed run sums {@link #votes}, {@link #yes} and {@link #outside} and takes the least
 * and the most of each place ({@link #merge}).
 */
public final class VoteTally {

    /** Place of an occurrence outside a furniture-sized block (or of an n-gram not on few pages). */
    public static final int NO_PLACE = -1;

    int votes;
    int yes;
    /** Occurrences outside a furniture-sized block. */
    int outside;
    int minStart = Integer.MAX_VALUE;
    int maxStart = -1;
    int minEnd = Integer.MAX_VALUE;
    int maxEnd = -1;

    public VoteTally() {
    }

    /** A tally from its sums and bounds (as a distributed run aggregates them). */
    public VoteTally(int votes, int yes, int outside, int minStart, int maxStart, int minEnd, int maxEnd) {
        this.votes = votes;
        this.yes = yes;
        this.outside = outside;
        this.minStart = minStart;
        this.maxStart = maxStart;
        this.minEnd = minEnd;
        this.maxEnd = maxEnd;
    }

    /**
     * Adds one occurrence's vote and its place: its unit counted from the article's first and
     * from its last unit that has an n-gram, or {@link #NO_PLACE} outside a furniture-sized block.
     */
    public void add(boolean furniture, int fromStart, int fromEnd) {
        votes++;
        yes += furniture ? 1 : 0;
        if (fromStart == NO_PLACE) {
            outside++;
        } else {
            minStart = Math.min(minStart, fromStart);
            maxStart = Math.max(maxStart, fromStart);
            minEnd = Math.min(minEnd, fromEnd);
            maxEnd = Math.max(maxEnd, fromEnd);
        }
    }

    /** Adds another tally of the same n-gram. */
    public void merge(VoteTally o) {
        votes += o.votes;
        yes += o.yes;
        outside += o.outside;
        minStart = Math.min(minStart, o.minStart);
        maxStart = Math.max(maxStart, o.maxStart);
        minEnd = Math.min(minEnd, o.minEnd);
        maxEnd = Math.max(maxEnd, o.maxEnd);
    }

    public int votes() {
        return votes;
    }

    public int yes() {
        return yes;
    }

    public int outside() {
        return outside;
    }

    public int minStart() {
        return minStart;
    }

    public int maxStart() {
        return maxStart;
    }

    public int minEnd() {
        return minEnd;
    }

    public int maxEnd() {
        return maxEnd;
    }

    /**
     * Whether the n-gram is furniture: by its votes ({@link FurnitureFinder#isFurniture}), or,
     * on few pages of one site, by standing in a furniture-sized block at one place near the edge
     * of all of them.
     */
    public boolean isFurniture(boolean fewPages) {
        return FurnitureFinder.isFurniture(yes, votes)
                || fewPages && votes >= 2 && outside == 0
                        && (minStart == maxStart && maxStart <= FurnitureParams.NEAR_EDGE_UNITS
                                || minEnd == maxEnd && maxEnd <= FurnitureParams.NEAR_EDGE_UNITS);
    }
}
