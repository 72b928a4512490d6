package org.stemma.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session. For a local master the shuffle partitions and default parallelism
 * are set to three per core (Spark's 200 shuffle partitions make hundreds of tiny tasks on a
 * laptop), unless the user set them ({@code -Dspark.sql.shuffle.partitions=...} or
 * spark-submit {@code --conf}); cluster masters keep the cluster's settings.
 */
final class SparkSessions {

    /** Shuffle partitions per local core: enough to balance skewed tasks, few enough to be cheap. */
    static final int PARTITIONS_PER_CORE = 3;

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?])?");

    private SparkSessions() {
    }

    /**
     * Opens (or joins) the session: {@code master} when given, else spark-submit's, else
     * {@code local[*]}.
     */
    static SparkSession open(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("stemma");
        String effective = master;
        if (master != null) {
            b.master(master);
        } else if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
            effective = "local[*]";
            b.master(effective);
        } else {
            effective = System.getProperty("spark.master");
        }
        b.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        b.config(RecordRegistrator.KEY, RecordRegistrator.class.getName());
        int cores = effective == null ? -1 : localCores(effective);
        if (cores > 0) {
            b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
            String parallelism = Integer.toString(PARTITIONS_PER_CORE * cores);
            for (String key : new String[] {"spark.sql.shuffle.partitions", "spark.default.parallelism"}) {
                if (System.getProperty(key) == null) {
                    b.config(key, parallelism);
                }
            }
        }
        return b.getOrCreate();
    }

    /** Worker threads of a local master ({@code local}, {@code local[N]}, {@code local[*]}); -1 if not local. */
    static int localCores(String master) {
        Matcher m = LOCAL.matcher(master.trim());
        if (!m.matches()) {
            return -1;
        }
        if (m.group(1) == null) {
            return 1;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
}
