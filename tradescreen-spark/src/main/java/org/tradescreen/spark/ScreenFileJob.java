package org.tradescreen.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.match.batch.BatchRow;
import org.tradescreen.match.batch.BatchRows;
import org.tradescreen.match.batch.BatchScreening;
import org.tradescreen.match.batch.BatchSettings;
import scala.Tuple2;

/**
 * The {@code screen-file} job on Spark: rows read from CSV, JSON lines or Parquet in partitions, each partition
 * screened with the broadcast index by {@link BatchScreening}, the results written as {@code screen-file} writes them
 * (CSV, in input order behind one header) or as Parquet with the same columns. The results are kept (memory, then
 * disk) until the driver has counted them and collected the rows with a hit, so no row is screened twice.
 */
public final class ScreenFileJob {

    /** Where the job reads and writes, and how it screens. {@code partitions} 0: twice the cluster's parallelism. */
    public record Request(String input, String output, Format format, BatchSettings settings, int partitions) {
    }

    /** The input and output formats, chosen by file extension unless stated. */
    public enum Format {
        CSV, JSONL, PARQUET;

        public static Format of(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            return p.endsWith(".parquet") ? PARQUET : p.endsWith(".jsonl") || p.endsWith(".ndjson") ? JSONL : CSV;
        }
    }

    /** What the job found: every row counted, the rows with a hit (to raise alerts), the first few errors. */
    public record Summary(long rows, List<BatchRow> hitRows, long errorRows, List<String> firstErrors,
                          @Nullable String outputSha256) {
    }

    /** One row and its result, as the partitions hand them to the writer. */
    record Outcome(BatchRow row, List<String> cells, boolean hit, String error) implements Serializable {
    }

    private static final int ERRORS_SHOWN = 20;

    /**
     * The results counted in one pass: rows, the rows with a hit, the rows with an error and the first of them by line.
     * Partitions' tallies are merged as their tasks end, in any order, so both lists are kept by line.
     */
    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final Comparator<BatchRow> BY_LINE = Comparator.comparingLong(BatchRow::line);
        long rows;
        long errorRows;
        final List<BatchRow> hitRows = new ArrayList<>();
        final List<Outcome> firstErrors = new ArrayList<>();

        Tally add(Outcome o) {
            rows++;
            if (o.hit()) {
                hitRows.add(o.row());
            }
            if (!o.error().isEmpty()) {
                errorRows++;
                if (firstErrors.size() < ERRORS_SHOWN) {
                    firstErrors.add(o);
                }
            }
            return this;
        }

        Tally merge(Tally other) {
            rows += other.rows;
            errorRows += other.errorRows;
            hitRows.addAll(other.hitRows);
            hitRows.sort(BY_LINE);
            firstErrors.addAll(other.firstErrors);
            firstErrors.sort(Comparator.comparing(Outcome::row, BY_LINE));
            firstErrors.subList(Math.min(ERRORS_SHOWN, firstErrors.size()), firstErrors.size()).clear();
            return this;
        }
    }

    private ScreenFileJob() {
    }

    public static Summary run(SparkSession spark, IndexBroadcast index, Request request) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        Path in = new Path(request.input());
        if (!in.getFileSystem(hadoop).exists(in)) {
            throw new IllegalArgumentException(request.input() + ": no such file");
        }
        int partitions = request.partitions() > 0 ? request.partitions() : 2 * jsc.defaultParallelism();
        String file = in.getName();
        JavaRDD<BatchRow> rows = rows(spark, jsc, request.input(), request.format(), file, partitions);
        Broadcast<IndexBroadcast> shipped = jsc.broadcast(index);
        BatchSettings settings = request.settings();
        JavaRDD<Outcome> outcomes = rows.mapPartitions(part -> {
            var screener = shipped.value().screener();
            List<Outcome> out = new ArrayList<>();
            part.forEachRemaining(row -> {
                BatchScreening.Result r = BatchScreening.screen(screener, row, settings, file);
                out.add(new Outcome(row, r.cells(), r.hit(), r.error()));
            });
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String sha = Format.of(request.output()) == Format.PARQUET
                    ? writeParquet(spark, outcomes, request.output()) : writeCsv(jsc, outcomes, request.output());
            Tally tally = outcomes.aggregate(new Tally(), Tally::add, Tally::merge);
            return new Summary(tally.rows, tally.hitRows, tally.errorRows,
                    tally.firstErrors.stream().map(Outcome::error).toList(), sha);
        } finally {
            outcomes.unpersist(false);
            shipped.destroy();
        }
    }

    private static JavaRDD<BatchRow> rows(SparkSession spark, JavaSparkContext jsc, String input, Format format,
                                          String file, int partitions) {
        if (format == Format.PARQUET) {
            Dataset<Row> table = spark.read().parquet(input);
            List<String> present = Arrays.asList(table.columns());
            if (!present.contains("name")) {
                throw new IllegalArgumentException(file + ": field name: the table has no 'name' column (found "
                        + present + ")");
            }
            List<String> fields = List.of("id", "name", "type", "country", "dob", "identifier");
            Dataset<Row> cells = table.select(fields.stream().map(f -> present.contains(f)
                    ? functions.col(f).cast(DataTypes.StringType) : functions.lit(null).cast(DataTypes.StringType))
                    .toArray(org.apache.spark.sql.Column[]::new));
            // A row's number stands in for its line (the first row is row 1). A table is split by file, so a small one
            // comes as one partition: its rows are spread over the partitions asked for, in runs that keep their order.
            JavaPairRDD<Long, Row> numbered = cells.javaRDD().zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()));
            long count = numbered.count();
            return numbered.repartitionAndSortWithinPartitions(new InOrder(count, partitions)).map(t -> new BatchRow(
                    t._1() + 1, trimmed(t._2().getString(0)), trimmed(t._2().getString(1)), trimmed(t._2().getString(2)),
                    trimmed(t._2().getString(3)), trimmed(t._2().getString(4)), trimmed(t._2().getString(5))));
        }
        JavaRDD<String> lines = jsc.textFile(input, partitions);
        if (format == Format.JSONL) {
            return lines.zipWithIndex().map(t -> BatchRows.jsonLine(t._1(), t._2() + 1)).filter(r -> r != null);
        }
        List<String> first = lines.take(1);
        BatchRows.CsvLines csv = BatchRows.CsvLines.header(first.isEmpty() ? "" : first.get(0), file);
        return lines.zipWithIndex().filter(t -> t._2() > 0).map(t -> csv.row(t._1(), t._2() + 1)).filter(r -> r != null);
    }

    /** Rows numbered 0 to count - 1 into partitions of consecutive runs, so that partition order is row order. */
    static final class InOrder extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final long count;
        private final int partitions;

        InOrder(long count, int partitions) {
            this.count = Math.max(count, 1);
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.min(partitions - 1, (Long) key * partitions / count);
        }
    }

    /** A Parquet cell as a CSV cell reads: trimmed, and blank means absent. */
    private static @Nullable String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The results as {@code screen-file} writes them: the header, then every row in input order. Spark writes its part
     * files beside the output; the driver joins them behind the header into a temporary file, renamed into place when
     * whole, and hashes what it writes.
     */
    private static String writeCsv(JavaSparkContext jsc, JavaRDD<Outcome> outcomes, String output) throws IOException {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(jsc.hadoopConfiguration());
        Path parts = new Path(out.getParent(), "." + out.getName() + ".parts-" + System.nanoTime());
        Path joined = new Path(out.getParent(), "." + out.getName() + ".tmp-" + System.nanoTime());
        outcomes.map(o -> BatchScreening.csv(o.cells())).saveAsTextFile(parts.toString());
        MessageDigest sha = AuditFacts.digest();
        try {
            try (OutputStream w = new DigestOutputStream(fs.create(joined, true), sha)) {
                w.write((BatchScreening.OUTPUT.format(BatchScreening.COLUMNS.toArray()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                FileStatus[] written = fs.globStatus(new Path(parts, "part-*"));
                Arrays.sort(written, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
                for (FileStatus part : written) {
                    try (var r = fs.open(part.getPath())) {
                        r.transferTo(w);
                    }
                }
            }
            if (fs.exists(out) && !fs.delete(out, false) || !fs.rename(joined, out)) {
                throw new IOException("cannot move the results into " + out);
            }
        } finally {
            fs.delete(parts, true);
            fs.delete(joined, false);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The results as a Parquet table of the same columns, typed: {@code hit} boolean, scores double, counts int. */
    private static @Nullable String writeParquet(SparkSession spark, JavaRDD<Outcome> outcomes, String output) {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType).add("name", DataTypes.StringType)
                .add("hit", DataTypes.BooleanType, false).add("top_entity_id", DataTypes.StringType)
                .add("top_score", DataTypes.DoubleType).add("top_matched_name", DataTypes.StringType)
                .add("hits", DataTypes.IntegerType, false).add("error", DataTypes.StringType);
        JavaRDD<Row> rows = outcomes.map(o -> {
            List<String> c = o.cells();
            return RowFactory.create(blank(c.get(0)), blank(c.get(1)), o.hit(), blank(c.get(3)),
                    c.get(4).isEmpty() ? null : Double.valueOf(c.get(4)), blank(c.get(5)), Integer.valueOf(c.get(6)),
                    blank(c.get(7)));
        });
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(output);
        return null;
    }

    private static @Nullable String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
