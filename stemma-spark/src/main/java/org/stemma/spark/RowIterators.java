package org.stemma.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Lazy mapping of a partition's iterator, so {@code mapPartitions} streams rows instead of
 * holding a whole partition's results in memory. A function returning null drops the row.
 */
final class RowIterators {

    private RowIterators() {
    }

    static <A, B> Iterator<B> mapNonNull(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            private B next;

            @Override
            public boolean hasNext() {
                while (next == null && in.hasNext()) {
                    next = f.apply(in.next());
                }
                return next != null;
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                B b = next;
                next = null;
                return b;
            }
        };
    }
}
