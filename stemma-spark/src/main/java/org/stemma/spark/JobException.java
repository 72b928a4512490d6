package org.stemma.spark;

/** A Spark run that cannot go on, with a message for the user (no stack trace). */
public final class JobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobException(String message) {
        super(message);
    }
}
