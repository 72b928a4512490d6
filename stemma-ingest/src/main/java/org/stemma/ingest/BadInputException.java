package org.stemma.ingest;

/**
 * A record or file that cannot be turned into an article; the message is one line saying why
 * (no stack trace is shown to users).
 */
public final class BadInputException extends Exception {

    private final String location;

    public BadInputException(String reason) {
        this(null, reason);
    }

    public BadInputException(String location, String reason) {
        super(reason, null, false, false);
        this.location = location;
    }

    /** Where in the input ("line 3", "byte 17"), or null. */
    public String location() {
        return location;
    }
}
