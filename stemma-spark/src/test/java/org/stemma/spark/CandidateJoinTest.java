package org.stemma.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.CandidatePairs;
import org.stemma.fingerprint.Fingerprint;

/** The distributed candidate join gives the core's batch candidates on the same fingerprints. */
class CandidateJoinTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void randomFingerprintsGiveTheCorePairs() {
        for (int round = 0; round < 4; round++) {
            Random rnd = new Random(100 + round);
            int n = 150 + rnd.nextInt(150);
            long[] vocab = new long[300];
            for (int v = 0; v < vocab.length; v++) {
                vocab[v] = rnd.nextLong();
            }
            long[] hashes = {rnd.nextLong(), rnd.nextLong()};
            Fingerprint[] fps = new Fingerprint[n];
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long[] grams = new long[rnd.nextInt(30)];
                for (int g = 0; g < grams.length; g++) {
                    grams[g] = vocab[rnd.nextInt(vocab.length)];
                }
                long[] bands = new long[3];
                for (int b = 0; b < bands.length; b++) {
                    bands[b] = rnd.nextInt(5) == 0 ? b * 1_000_003L << 24 : rnd.nextLong();
                }
                // Some exact duplicates, one group larger than the cluster limit; some empty texts.
                long content = rnd.nextInt(6) == 0 ? hashes[rnd.nextInt(2)] : rnd.nextLong();
                int tokens = rnd.nextInt(40) == 0 ? 0 : 1 + grams.length;
                fps[i] = new Fingerprint(content, tokens, bands, grams);
                rows.add(RowFactory.create(i, content, tokens, box(bands), box(grams)));
            }
            int maxDf = 3 + rnd.nextInt(6);
            int minShared = 1 + rnd.nextInt(2);
            int clusterLimit = 12;
            CandidatePairs.Result core = CandidatePairs.generate(fps, maxDf, minShared, clusterLimit);
            TreeSet<Long> want = new TreeSet<>();
            Arrays.stream(core.pairs()).forEach(want::add);
            for (long s : core.duplicateStars()) {
                want.add(CandidatePairs.pair((int) (s >>> 32), (int) s));
            }

            Dataset<Row> table = spark.createDataFrame(rows, StemmaJob.FINGERPRINTS);
            TreeSet<Long> got = new TreeSet<>();
            for (Row r : CandidateJoin.pairs(spark, table, maxDf, minShared, clusterLimit).collectAsList()) {
                got.add(CandidatePairs.pair(r.getInt(0), r.getInt(1)));
            }
            assertThat(got).as("round %d", round).isEqualTo(want);
            assertThat(want).hasSizeGreaterThan(20);
        }
    }

    @Test
    void sharesGrowWithTheCorpus() {
        assertThat(NgramPairs.shares(10, 6)).isEqualTo(6);
        assertThat(NgramPairs.shares(1_000_000, 6)).isEqualTo(200);
        assertThat(NgramPairs.shares(50_000_000, 400)).isEqualTo(10_000);
    }

    private static Long[] box(long[] v) {
        return Arrays.stream(v).boxed().toArray(Long[]::new);
    }
}
