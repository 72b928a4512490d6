package org.stemma.store;

/** A search the index cannot run because it has too many words or terms (Lucene's clause limit). */
public final class QueryTooLongException extends StoreException {
    public QueryTooLongException(String message, Throwable cause) {
        super(message, cause);
    }
}
