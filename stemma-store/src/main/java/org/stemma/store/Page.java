package org.stemma.store;

import java.util.List;

/**
 * One page of a list result.
 *
 * @param items  the page's items, in list order
 * @param offset index of the first item in the whole list
 * @param limit  the page size asked for
 * @param total  number of items in the whole list
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
