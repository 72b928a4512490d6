package org.stemma.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session for local mode (the {@code ./stemma spark} command and tests). */
public final class LocalSpark {

    private LocalSpark() {
    }

    /** A session on this machine only: loopback addresses, no web UI. */
    public static SparkSession session(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("stemma")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config(RecordRegistrator.KEY, RecordRegistrator.class.getName())
                .getOrCreate();
    }
}
