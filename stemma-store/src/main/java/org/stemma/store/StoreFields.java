package org.stemma.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The names of the index's fields and document types, shared by the store's writing, reading
 * and candidate-retrieval parts. Every document has a unique {@link #KEY} ("type:id"), a
 * {@link #TYPE}, and its record as {@link #JSON}; results also list the articles they
 * {@link #TOUCH}.
 */
final class StoreFields {
    static final String TYPE = "type";
    static final String KEY = "key";
    static final String ID = "id";
    static final String TOUCH = "touch";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    /** The outlet name as written, as doc values: the store-wide outlet list without reading articles. */
    static final String OUTLET_NAME = "outletName";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_TEXT = "speakerText";
    static final String BAND = "band";
    static final String NGRAM = "ngram";
    /** The article's names as the story builder finds them: their corpus-wide frequencies cap event pairs. */
    static final String NAME = "name";
    /**
     * The article's same-event terms ({@link org.stemma.story.ArticleTerms#terms}, 8-byte hashes):
     * their counts are the store-wide document frequencies of the same-event TF-IDF, and an
     * article's index keys find the stored articles it may report one event with.
     */
    static final String EVENT_TERM = "eventTerm";
    /** A link's two ends, each indexed alone: the links with both ends in a set are one query. */
    static final String LINK_A = "linkA";
    static final String LINK_B = "linkB";
    static final String SIZE = "size";
    static final String SORT_ID = "sortId";
    static final String SEQ = "seq";
    static final String JSON = "json";
    /** A {@link StemmaStore.Head}: the article with its text cut, and its names. */
    static final String HEAD = "head";

    static final String ARTICLE = "article";
    static final String LINK = "link";
    static final String STORY = "story";
    static final String DERIVATION = "derivation";
    static final String QUOTE = "quote";
    /** The old id of a story merged into another, with the id it now resolves to. */
    static final String ALIAS = "alias";
    static final String TARGET = "target";

    /** Lucene's default limit on boolean clauses; key queries stay below it. */
    static final int MAX_KEYS_PER_QUERY = 1000;

    private StoreFields() {
    }

    /** The indexed term of a fingerprint key: its 8 bytes, big-endian. */
    static BytesRef keyBytes(long key) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (key >>> (56 - 8 * i));
        }
        return new BytesRef(b);
    }

    /** {@code list} in runs of at most {@link #MAX_KEYS_PER_QUERY}. */
    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += MAX_KEYS_PER_QUERY) {
            out.add(list.subList(i, Math.min(list.size(), i + MAX_KEYS_PER_QUERY)));
        }
        return out;
    }
}
