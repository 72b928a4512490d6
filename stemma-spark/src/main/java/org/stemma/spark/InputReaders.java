package org.stemma.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.stemma.article.Article;
import org.stemma.ingest.ArticleFactory;
import org.stemma.ingest.BadInputException;
import org.stemma.ingest.Ingestor;

/**
 * Reads the job's inputs into the {@code articles} table with stemma-ingest, so a Spark run
 * extracts exactly as {@code stemma analyze} does (same ids, same text, same one-line
 * problems). Text, HTML, JSONL and WARC files (gzipped or not) are read whole by one task each
 * through {@link Ingestor}; files on a non-local file system are first copied to the executor's
 * temp directory under their own name. Parquet inputs are read by Spark and each row is turned
 * into an article like a JSONL record (columns {@code id, url, outlet, title, published} and
 * {@code html} or {@code text}).
 */
final class InputReaders {

    private InputReaders() {
    }

    static Dataset<Row> read(SparkSession spark, JobConfig config) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : config.inputs()) {
            list(input, hadoop, files, parquet, config.format());
        }
        if (files.isEmpty() && parquet.isEmpty()) {
            throw new JobException("no readable input files under " + String.join(", ", config.inputs()));
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator problems = spark.sparkContext().longAccumulator("input problems");
        Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(hadoop));
        List<JavaRDD<Row>> parts = new ArrayList<>();
        if (!files.isEmpty()) {
            int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
            parts.add(sc.parallelize(files, slices).mapPartitions(it -> readFiles(it, conf.value().value(), problems)));
        }
        for (String p : parquet) {
            Dataset<Row> rows = spark.read().parquet(p);
            String[] cols = rows.columns();
            parts.add(rows.toJavaRDD().mapPartitions(it -> fromParquet(it, cols, p, problems)));
        }
        JavaRDD<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return spark.createDataFrame(all, ArticleRows.SCHEMA);
    }

    /** Expands one input into its files, by extension: Parquet apart, the rest for the Ingestor. */
    private static void list(String input, Configuration hadoop, List<String> files,
                             List<String> parquet, String format) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        try {
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root)) {
                throw new JobException("input not found: " + input);
            }
            FileStatus st = fs.getFileStatus(root);
            if (st.isFile()) {
                take(st.getPath(), files, parquet, format);
                return;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            boolean parquetDir = false;
            List<String> here = new ArrayList<>();
            while (it.hasNext()) {
                org.apache.hadoop.fs.Path p = it.next().getPath();
                String name = p.getName();
                if (name.startsWith(".") || name.startsWith("_")) {
                    parquetDir |= name.equals("_SUCCESS");
                    continue;
                }
                here.add(p.toString());
            }
            if (parquetDir && "parquet".equals(formatOf(here.isEmpty() ? "" : here.get(0), format))) {
                parquet.add(root.toString());
                return;
            }
            for (String p : here) {
                take(new org.apache.hadoop.fs.Path(p), files, parquet, format);
            }
        } catch (IOException e) {
            throw new JobException("cannot list " + input + ": " + e.getMessage());
        }
    }

    private static void take(org.apache.hadoop.fs.Path p, List<String> files, List<String> parquet,
                             String format) {
        String f = formatOf(p.getName(), format);
        if ("parquet".equals(f)) {
            parquet.add(p.toString());
        } else if (f != null) {
            files.add(p.toString());
        }
    }

    /** The format of a file name under the requested format, or null to leave the file out. */
    private static String formatOf(String name, String requested) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String f = n.endsWith(".parquet") ? "parquet"
                : n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") ? "jsonl"
                : n.endsWith(".warc") || n.endsWith(".warc.gz") ? "warc"
                : Ingestor.format(Path.of(n.isEmpty() ? "x" : n)) != null ? "document" : null;
        if (f == null || "auto".equals(requested)) {
            return f;
        }
        return f.equals(requested) ? f : null;
    }

    /** One file at a time, so a task holds at most one file's articles in memory. */
    private static Iterator<Row> readFiles(Iterator<String> uris, Configuration hadoop,
                                           LongAccumulator problems) {
        Ingestor ingestor = new Ingestor();
        return new Iterator<>() {
            private Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && uris.hasNext()) {
                    current = readOne(ingestor, uris.next(), hadoop, problems).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static List<Row> readOne(Ingestor ingestor, String uri, Configuration hadoop,
                                     LongAccumulator problems) {
        List<Row> out = new ArrayList<>();
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(uri);
        String scheme = hp.toUri().getScheme();
        Path tmp = null;
        try {
            Path local;
            if (scheme == null || "file".equals(scheme)) {
                local = Path.of(hp.toUri().getPath());
            } else {
                tmp = Files.createTempDirectory("stemma-spark-input");
                local = tmp.resolve(hp.getName());
                try (InputStream in = hp.getFileSystem(hadoop).open(hp)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String localName = local.toString();
            ingestor.readFiles(List.of(local), a -> out.add(ArticleRows.toRow(
                            localName.equals(uri) ? a : withSource(a, localName, uri))),
                    p -> {
                        problems.add(1);
                        System.err.println(p.describe().replace(localName, uri));
                    }, f -> { });
        } catch (IOException e) {
            problems.add(1);
            System.err.println(uri + ": skipped: cannot read: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try (var files = Files.list(tmp)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A leftover temp file is not worth failing the task for.
                }
            }
        }
        return out;
    }

    private static Article withSource(Article a, String local, String uri) {
        return a.source() == null ? a : a.toBuilder().source(a.source().replace(local, uri)).build();
    }

    private static Iterator<Row> fromParquet(Iterator<Row> rows, String[] cols, String path,
                                             LongAccumulator problems) {
        ArticleFactory factory = new ArticleFactory();
        ObjectMapper json = new ObjectMapper();
        return RowIterators.mapNonNull(rows, r -> {
            ObjectNode o = json.createObjectNode();
            for (int i = 0; i < cols.length; i++) {
                Object v = r.get(i);
                if (v != null) {
                    o.put(cols[i], v.toString());
                }
            }
            try {
                return ArticleRows.toRow(factory.fromJson(o, null, path));
            } catch (BadInputException e) {
                problems.add(1);
                System.err.println(path + ": record skipped: " + e.getMessage());
                return null;
            }
        });
    }

}
