package org.stemma.spark;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.stemma.align.ReuseOptions;

/**
 * Ships {@link ReuseOptions} (a plain record of numbers, not {@link Serializable}) to executors:
 * its components are captured by name order and the record is rebuilt with its canonical
 * constructor, so the executors run with exactly the driver's parameters.
 */
final class SerializableOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Object[] values;
    private transient ReuseOptions options;

    private SerializableOptions(Object[] values) {
        this.values = values;
    }

    static SerializableOptions of(ReuseOptions o) {
        RecordComponent[] rc = ReuseOptions.class.getRecordComponents();
        Object[] v = new Object[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                v[i] = rc[i].getAccessor().invoke(o);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read ReuseOptions", e);
        }
        return new SerializableOptions(v);
    }

    ReuseOptions get() {
        if (options == null) {
            RecordComponent[] rc = ReuseOptions.class.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
            }
            try {
                Constructor<ReuseOptions> c = ReuseOptions.class.getDeclaredConstructor(types);
                options = c.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild ReuseOptions", e);
            }
        }
        return options;
    }
}
