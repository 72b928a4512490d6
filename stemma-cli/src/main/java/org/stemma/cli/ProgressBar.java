package org.stemma.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on stderr ({@code \r}), at most ten times a second.
 * Does nothing until {@link #start} is called.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private long total;
    private long done;
    private String unit;
    private boolean active;
    private long lastDraw;
    private int lastLength;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    void start(long total, String unit) {
        this.total = total;
        this.unit = unit;
        this.active = true;
        draw();
    }

    void step() {
        if (!active) {
            return;
        }
        done++;
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L || done == total) {
            draw();
        }
    }

    /** Erases the bar so that a message can be printed on a clean line; it is redrawn on the next step. */
    void clear() {
        if (active && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    void finish() {
        if (active) {
            draw();
            err.println();
            err.flush();
            active = false;
        }
    }

    private void draw() {
        lastDraw = System.nanoTime();
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + unit + " " + (total == 0 ? 100 : 100 * done / total) + "%";
        err.print("\r" + line);
        err.flush();
        lastLength = line.length();
    }
}
