package org.stemma.store;

/** Another process (or another open store object) already holds the store's single writer. */
public final class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
