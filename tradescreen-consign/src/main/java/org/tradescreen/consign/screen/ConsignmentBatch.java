package org.tradescreen.consign.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.manifest.ManifestRecord;
import org.tradescreen.consign.policy.Decision;

/**
 * Screens a whole manifest ({@link org.tradescreen.consign.manifest.Manifest}) as a stream: records are read in chunks, each chunk is screened on all cores, and the
 * results are handed on in input order. Memory holds one chunk, however long the manifest. A bad record becomes
 * an error result and the batch goes on.
 */
public final class ConsignmentBatch {

    private static final int CHUNK = 512;

    /** How the consignments came out. */
    public record Summary(long consignments, long clear, long review, long hold, long errors) {

        Summary plus(ConsignmentResult r) {
            return new Summary(consignments + 1, clear + (r.decision() == Decision.CLEAR ? 1 : 0),
                    review + (r.decision() == Decision.REVIEW ? 1 : 0), hold + (r.decision() == Decision.HOLD ? 1 : 0),
                    errors + (r.failed() ? 1 : 0));
        }
    }

    private ConsignmentBatch() {
    }

    /**
     * @param fallbackAsOf the date of consignments that give none (null: today)
     * @param out          receives each result, in input order
     * @param progress     receives the count of consignments done, after each chunk
     */
    public static Summary run(Iterator<ManifestRecord> manifest, ConsignmentScreener screener, @Nullable LocalDate fallbackAsOf,
                              Consumer<ConsignmentResult> out, LongConsumer progress) {
        Summary summary = new Summary(0, 0, 0, 0, 0);
        List<ManifestRecord> chunk = new ArrayList<>(CHUNK);
        while (manifest.hasNext()) {
            chunk.add(manifest.next());
            if (chunk.size() == CHUNK || !manifest.hasNext()) {
                List<ConsignmentResult> results = chunk.parallelStream().map(r -> screen(r, screener, fallbackAsOf))
                        .toList();
                for (ConsignmentResult r : results) {
                    out.accept(r);
                    summary = summary.plus(r);
                }
                progress.accept(summary.consignments());
                chunk.clear();
            }
        }
        return summary;
    }

    /** One record screened: a consignment decided, or a record that could not be read as its error. */
    public static ConsignmentResult screen(ManifestRecord record, ConsignmentScreener screener, LocalDate fallbackAsOf) {
        if (record instanceof ManifestRecord.Read read) {
            return screener.screen(read.consignment(), fallbackAsOf);
        }
        ManifestRecord.Bad bad = (ManifestRecord.Bad) record;
        return ConsignmentResult.error(bad.consignmentId(), bad.line(), bad.error());
    }
}
