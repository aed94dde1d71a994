package org.tradescreen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local spool of audit records kept while the database is away: in order, on disk, a torn last line dropped. */
class AuditSpoolTest {

    @TempDir
    Path dir;

    static AuditLog.Act act(String name) {
        return new AuditLog.Act("screen", "api:127.0.0.1", JsonNodeFactory.instance.objectNode().put("name", name));
    }

    @Test
    void keep_thenRead_givesTheActsInOrder_eachStampedWithWhenAndAnId() throws Exception {
        AuditSpool spool = new AuditSpool(dir.resolve("audit-spool.jsonl"));
        assertThat(spool.isEmpty()).isTrue();
        Instant at = Instant.parse("2026-12-07T08:00:00Z");

        spool.keep(List.of(act("a"), act("b")), at);
        spool.keep(List.of(act("c")), at.plusSeconds(1));

        List<AuditLog.Act> kept = new AuditSpool(dir.resolve("audit-spool.jsonl")).read();
        assertThat(kept).extracting(a -> a.payload().path("name").asText()).containsExactly("a", "b", "c");
        assertThat(kept.get(2).payload().path(AuditSpool.SPOOLED_AT).asText()).isEqualTo("2026-12-07T08:00:01Z");
        assertThat(kept).extracting(a -> a.payload().path(AuditSpool.SPOOL_ID).asText()).doesNotHaveDuplicates();
        assertThat(kept.get(0).kind()).isEqualTo("screen");
        assertThat(spool.pending()).isEqualTo(3);
        spool.clear();
        assertThat(spool.isEmpty()).isTrue();
        assertThat(spool.read()).isEmpty();
    }

    @Test
    void aLastLineCutShortByACrash_isLeftOut_andTheNextKeepStartsOnACleanLine() throws Exception {
        Path file = dir.resolve("audit-spool.jsonl");
        new AuditSpool(file).keep(List.of(act("a")), Instant.EPOCH);
        Files.writeString(file, "{\"kind\":\"screen\",\"actor\":\"api:1\",\"payl", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        AuditSpool reopened = new AuditSpool(file);
        assertThat(reopened.read()).hasSize(1);
        reopened.keep(List.of(act("b")), Instant.EPOCH);

        assertThat(new AuditSpool(file).read()).extracting(a -> a.payload().path("name").asText()).containsExactly("a", "b");
    }
}
