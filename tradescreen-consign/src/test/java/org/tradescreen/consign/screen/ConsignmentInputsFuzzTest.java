package org.tradescreen.consign.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tradescreen.consign.Consignment;
import org.tradescreen.consign.manifest.Manifest;
import org.tradescreen.consign.manifest.ManifestRecord;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.consign.policy.PolicyException;
import org.tradescreen.consign.policy.PolicyLoader;
import org.tradescreen.consign.policy.PolicyProblem;
import org.tradescreen.goods.describe.GoodsScreener;
import org.tradescreen.io.BoundedReader;

/**
 * The files of {@code consignments screen}: a manifest (JSON lines or CSV) screened record by record as
 * {@link ConsignmentBatch} does, over the bundled sample and the example watch list with the shipped policy; and a
 * policy file, checked, loaded, and when it loads used to screen the first example consignment. The property: a bad
 * record is a result with its error (naming the field) and the run goes on; a whole file fails only with an input
 * error naming the file and line (a CSV header without {@code consignment_id}, a line over the bound); a bad policy is
 * a {@link PolicyException} whose problems name the file; nothing else escapes.
 *
 * <p>An input is the file's bytes followed by one byte, read first from the end: 0 manifest as JSON lines,
 * 1 manifest as CSV, 2 policy (YAML).
 */
class ConsignmentInputsFuzzTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 15);
    private static final String POLICY = "policy.yaml";
    private static ConsignmentFixture fixture;
    private static GoodsScreener goods;
    private static Consignment example;

    @FuzzTest(maxDuration = "10m")
    void consignmentInputs(FuzzedDataProvider data) throws IOException {
        int mode = data.consumeInt(0, 2);
        byte[] bytes = data.consumeRemainingAsBytes();
        if (mode == 2) {
            policy(bytes);
        } else {
            manifest(new String(bytes, StandardCharsets.UTF_8), mode == 0 ? Manifest.Format.JSONL : Manifest.Format.CSV);
        }
    }

    private static void manifest(String text, Manifest.Format format) throws IOException {
        String name = format == Manifest.Format.JSONL ? "manifest.jsonl" : "manifest.csv";
        String where = "\\Q" + name + ":\\E[1-9][0-9]*: (?s).*";
        try (Manifest manifest = Manifest.open(new StringReader(text), name, format)) {
            long last = 0;
            while (manifest.hasNext()) {
                ManifestRecord record = manifest.next();
                assertThat(record.line()).as("records in order").isGreaterThan(last);
                last = record.line();
                if (record instanceof ManifestRecord.Bad bad) {
                    assertThat(bad.error()).isNotBlank();
                }
                ConsignmentResult result = ConsignmentBatch.screen(record, fixture().screener, AS_OF);
                assertThat(result.failed()).isEqualTo(record instanceof ManifestRecord.Bad);
            }
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).matches(where);
        } catch (UncheckedIOException e) {
            assertThat(e.getCause()).as("an I/O error of a string: %s", e).isInstanceOf(BoundedReader.TooLong.class);
            assertThat(e.getCause().getMessage()).matches(where);
        } catch (BoundedReader.TooLong e) {
            assertThat(e.getMessage()).matches(where);
        }
    }

    private static void policy(byte[] bytes) throws IOException {
        List<PolicyProblem> problems = PolicyLoader.check(POLICY, bytes);
        problems.forEach(p -> {
            assertThat(p.file()).isEqualTo(POLICY);
            assertThat(p.line()).isNotNegative();
            assertThat(p.message()).isNotBlank();
        });
        Policy policy;
        try {
            policy = PolicyLoader.load(POLICY, bytes);
        } catch (PolicyException e) {
            assertThat(e.getMessage()).startsWith(POLICY);
            assertThat(problems).as("check finds what load refuses").anyMatch(PolicyProblem::isError);
            return;
        }
        assertThat(problems).as("load takes what check passes").noneMatch(PolicyProblem::isError);
        ConsignmentFixture f = fixture();
        new ConsignmentScreener(f.lists, goods, policy, Clock.systemUTC()).screen(example, AS_OF);
    }

    /** The store and screeners, made once per run: the bundled sample and the example watch list. */
    private static synchronized ConsignmentFixture fixture() throws IOException {
        if (fixture == null) {
            fixture = new ConsignmentFixture();
            goods = GoodsScreener.bundled();
            String first = Files.readAllLines(ConsignmentFixture.EXAMPLES.resolve("consignments.jsonl")).get(0);
            example = ((ManifestRecord.Read) Manifest.jsonLine(first, 1)).consignment();
        }
        return fixture;
    }
}
