package org.stemma.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * Encodes the pipeline's records (articles, links, stories, derivations, quote families) as the
 * JSON blobs stored in the index. Unknown fields are ignored on reading so that a record gaining
 * a component stays readable within one store format.
 */
final class StoreCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new StoreException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    <T> T decode(byte[] bytes, int offset, int length, Class<T> type) {
        try {
            return mapper.readValue(bytes, offset, length, type);
        } catch (IOException e) {
            throw new StoreException("damaged " + type.getSimpleName() + " record in the store: " + e.getMessage(), e);
        }
    }
}
