package org.stemma.store;

/** The directory is not a Stemma store, or its on-disk format is one this build cannot read. */
public final class StoreFormatException extends StoreException {
    public StoreFormatException(String message) {
        super(message);
    }
}
