package org.stemma.spark;

import java.util.Locale;

/** The one-line summary printed at the end of a run. */
final class Summary {

    private Summary() {
    }

    static String line(JobCounts c, JobMetrics.Snapshot m) {
        return String.format(Locale.ROOT, "summary: %d articles in %.1f s = %.1f articles/s; "
                        + "CPU %.1f s (JVM), %.1f s (tasks), load average %.2f; shuffle read %s, write %s; "
                        + "peak heap %s (used heap of this JVM sampled every 100 ms: driver and executor "
                        + "in local mode); largest task peakExecutionMemory %s; %d links, %d stories, "
                        + "%d derivations, %d quote families",
                c.articles(), m.wallSeconds(), c.articles() / m.wallSeconds(), m.cpuSeconds(),
                m.taskCpuSeconds(), m.loadAverage(), bytes(m.shuffleRead()), bytes(m.shuffleWrite()),
                bytes(m.peakHeap()), bytes(m.peakTaskMemory()), c.links(), c.stories(),
                c.derivations(), c.quoteFamilies());
    }

    static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", b / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MB", b / (double) (1L << 20));
    }
}
