package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tradescreen.server.api.BadRequest;

class BatchFileTest {

    @Test
    void read_headersInAnyCaseWithByteOrderMark_readsKnownColumnsAndReportsOthers() {
        BatchFile.Parsed p = BatchFile.read(new StringReader("\uFEFFID, Name ,Country,notes\n7,ACME Ltd,DE,n\n"), 10);
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.get("id")).isEqualTo("7");
            assertThat(r.get("name")).isEqualTo("ACME Ltd");
            assertThat(r.get("country")).isEqualTo("DE");
            assertThat(r.get("dob")).isNull();
        });
        assertThat(p.ignoredColumns()).containsExactly("notes");
    }

    @Test
    void read_shortRowAndBlankCells_areAbsentValues() {
        BatchFile.Parsed p = BatchFile.read(new StringReader("name,country,dob\nA,,\nB\n"), 10);
        assertThat(p.rows()).extracting(r -> r.get("country")).containsExactly(null, null);
        assertThat(p.rows()).extracting(r -> r.get("name")).containsExactly("A", "B");
    }

    @Test
    void read_noNameColumn_isRefusedNamingTheField() {
        assertThatThrownBy(() -> BatchFile.read(new StringReader("id,company\n1,ACME\n"), 10))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("no 'name' column")
                .hasMessageContaining("[id, company]");
    }

    @Test
    void read_moreRowsThanTheLimit_isRefusedWithTheCount() {
        assertThatThrownBy(() -> BatchFile.read(new StringReader("name\na\nb\nc\nd\n"), 3))
                .isInstanceOf(BadRequest.class)
                .hasMessage("file: 4 rows; at most 3 rows per batch: split the file");
    }

    @Test
    void read_exactlyTheLimit_isAccepted() {
        assertThat(BatchFile.read(new StringReader("name\na\nb\nc\n"), 3).rows()).hasSize(3);
    }

    @Test
    void read_headerOnly_isRefused() {
        assertThatThrownBy(() -> BatchFile.read(new StringReader("name\n"), 3))
                .isInstanceOf(BadRequest.class).hasMessageContaining("no rows");
    }

    @Test
    void read_unclosedQuote_isRefusedAsUnreadable() {
        assertThatThrownBy(() -> BatchFile.read(new StringReader("name\n\"ACME\n"), 3))
                .isInstanceOf(BadRequest.class).hasMessageContaining("not a readable CSV file");
    }
}
