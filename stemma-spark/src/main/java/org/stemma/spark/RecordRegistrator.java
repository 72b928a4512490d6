package org.stemma.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.stemma.story.ArticleTerms;
import org.stemma.story.EventVector;
import org.stemma.story.StoryBuilder;

/**
 * Kryo (4, as Spark ships it) cannot build Java records: the core's records that travel in RDDs
 * and broadcasts go through Java serialization instead (they are {@link java.io.Serializable}).
 */
public final class RecordRegistrator implements KryoRegistrator {

    /** The Spark setting that installs this registrator. */
    static final String KEY = "spark.kryo.registrator";

    @Override
    public void registerClasses(Kryo kryo) {
        JavaSerializer java = new JavaSerializer();
        kryo.register(ArticleTerms.class, java);
        kryo.register(EventVector.class, java);
        kryo.register(StoryBuilder.EventPair.class, java);
        kryo.register(StoryStages.Frequencies.class, java);
    }
}
