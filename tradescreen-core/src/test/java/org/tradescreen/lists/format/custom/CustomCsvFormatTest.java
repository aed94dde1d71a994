package org.tradescreen.lists.format.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;

class CustomCsvFormatTest {

    private final CustomCsvFormat format = new CustomCsvFormat();

    static Path fixture(String name) {
        try {
            return Path.of(CustomCsvFormatTest.class.getResource("/fixtures/custom/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void parse_readsEveryColumnAndKeepsUnknownOnesAsRemarks() throws IOException {
        ParsedList list = format.parse(fixture("internal-watch-2023-06-23.csv"), new ParseOptions("internal-watch", false));

        assertThat(list.entities()).hasSize(2);
        Entity firm = list.entities().get(0);
        assertThat(firm.id()).isEqualTo("internal-watch:W-001");
        assertThat(firm.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(firm.names()).extracting(n -> n.value())
                .containsExactly("Hubei Amarvel Biotech Co. Ltd.", "AmarvelBio", "Hubei Amarvel Biotechnology");
        assertThat(firm.addresses().get(0).city()).isEqualTo("Wuhan");
        assertThat(firm.addresses().get(0).countryCode()).isEqualTo("CN");
        assertThat(firm.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Phone Number", "+86 27 8788 1234"),
                org.assertj.core.groups.Tuple.tuple("Email Address", "sales@amarvelbio.example"));
        assertThat(firm.programs()).containsExactly("indicted: fentanyl precursors");
        assertThat(firm.listing().list()).isEqualTo("internal-watch");
        assertThat(firm.listing().listedOn()).isEqualTo(LocalDate.of(2023, 6, 23));
        assertThat(firm.remarks()).containsExactly("DOJ SDNY indictment, June 2023", "case_number: 23-cr-302");
        Entity person = list.entities().get(1);
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.addresses().get(0).countryCode()).isEqualTo("CN");
    }

    @Test
    void parse_withoutId_givesAStableHashId(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(file, "NAME,City\nACME Trading,Hong Kong\n");
        String first = format.parse(file, new ParseOptions("w", false)).entities().get(0).sourceId();
        assertThat(format.parse(file, new ParseOptions("w", false)).entities().get(0).sourceId()).isEqualTo(first);
        assertThat(first).isNotBlank();
    }

    @Test
    void parse_badCellsNameFileLineAndField() {
        assertThatThrownBy(() -> format.parse(fixture("bad-country.csv"), new ParseOptions("w", false)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad-country.csv:2").hasMessageContaining("country")
                .hasMessageContaining("'Atlantis' is not a known country");
    }

    @Test
    void parse_emptyNameOrBadDate_failOrAreSkippedWhenLenient(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.csv");
        Files.writeString(file, "name,listed_on\nGood Co,2023-01-01\n,2023-01-01\nLate Co,01/02/2023\n");
        assertThatThrownBy(() -> format.parse(file, new ParseOptions("w", false)))
                .hasMessageContaining("w.csv:3").hasMessageContaining("name");
        ParsedList lenient = format.parse(file, new ParseOptions("w", true));
        assertThat(lenient.entities()).extracting(Entity::primaryName).containsExactly("Good Co");
        assertThat(lenient.problems()).hasSize(2);
        assertThat(lenient.problems().get(1).field()).isEqualTo("listed_on");
    }

    @Test
    void detected_onlyWhenTheHeaderHasOnlyItsColumns(@TempDir Path dir) throws IOException {
        Path ours = dir.resolve("watch.csv");
        Files.writeString(ours, "name,aliases,country\nACME,,CN\n");
        assertThat(ListFormats.detect(ours).name()).isEqualTo("custom-csv");
        // Another column could be anyone's CSV: the user names the format.
        assertThatThrownBy(() -> ListFormats.detect(fixture("internal-watch-2023-06-23.csv")))
                .hasMessageContaining("give --format");
    }
}
