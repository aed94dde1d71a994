package org.tradescreen.lists.format.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.NameKind;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

class CslCsvFormatTest {

    private final CslCsvFormat format = new CslCsvFormat();
    private final ParseOptions strict = new ParseOptions("us-csl", false);

    @NeedsSharedData
    @Test
    void sample2019_readsAll115RowsOfTheOld28ColumnLayout() throws Exception {
        ParsedList list = format.parse(SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv"), strict);

        assertThat(list.entities().size()).isEqualTo(115);
        assertThat(list.problems()).isEmpty();
        assertThat(list.entities()).extracting(e -> e.listing().list())
                .contains("SDN", "SSI", "EL", "PLC", "DTC", "DPL", "UVL", "ISN", "CAP");
    }

    @NeedsSharedData
    @Test
    void sample2019_deniedPersonHasHashIdAndListingDates() throws Exception {
        ParsedList list = format.parse(SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv"), strict);
        Entity adrian = list.entities().stream().filter(e -> e.primaryName().equals("ADRIAN MANUEL HERNANDEZ"))
                .findFirst().orElseThrow();

        assertThat(adrian.sourceId()).hasSize(20);
        assertThat(adrian.listing().list()).isEqualTo("DPL");
        assertThat(adrian.listing().listedOn()).isEqualTo(LocalDate.of(2017, 10, 16));
        assertThat(adrian.listing().endDate()).isEqualTo(LocalDate.of(2020, 10, 13));
        assertThat(adrian.listing().citation()).isEqualTo("82 F.R. 48792 10/20/2017");
        assertThat(adrian.addresses()).singleElement()
                .satisfies(a -> assertThat(a.street()).isEqualTo("3037 S. 69TH DRIVE, PHONEIX, AZ, 85043"));
    }

    @NeedsSharedData
    @Test
    void mini2025_newLayoutUsesIdColumnAndSplitsMultiValues() throws Exception {
        ParsedList list = format.parse(SharedData.lists("csl/csl_mini_watchman_2025-06-25.csv"), strict);

        assertThat(list.entities().size()).isEqualTo(13);
        Entity first = list.entities().get(0);
        assertThat(first.sourceId()).isEqualTo("233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b");
        assertThat(first.listing().list()).isEqualTo("ISN");
        Entity withPassport = list.entities().stream()
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.value().equals("836238033")))
                .findFirst().orElseThrow();
        assertThat(withPassport.identifiers()).anySatisfy(i -> {
            assertThat(i.type()).isEqualTo("Passport");
            assertThat(i.country()).isEqualTo("KP");
        });
        assertThat(withPassport.gender()).isEqualTo("Male");
        assertThat(withPassport.type()).isEqualTo(EntityType.PERSON);
        Entity twoAddresses = list.entities().stream().filter(e -> e.addresses().size() == 2).findFirst().orElseThrow();
        assertThat(twoAddresses.addresses()).extracting(a -> a.countryCode()).containsExactly("CN", "KP");
    }

    @NeedsSharedData
    @Test
    void partial2023_strictRefusesTheTruncatedLastRowNamingTheLine() {
        Path file = SharedData.lists("csl/csl_watchman_partial_2023-11-30.csv");

        assertThatThrownBy(() -> format.parse(file, strict))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("csl_watchman_partial_2023-11-30.csv:")
                .hasMessageContaining("truncated");
    }

    @NeedsSharedData
    @Test
    void partial2023_lenientSkipsTheDuplicateHeaderAndTheTruncatedRow() throws Exception {
        ParsedList list = format.parse(SharedData.lists("csl/csl_watchman_partial_2023-11-30.csv"),
                new ParseOptions("us-csl", true));

        assertThat(list.problems()).anySatisfy(p -> assertThat(p.message()).contains("repeated header"));
        assertThat(list.problems()).anySatisfy(p -> assertThat(p.message()).contains("truncated"));
        // 4,229 CSV rows: the header, one repeated header, 4,226 sound rows and a last row cut after 8 of 29 cells.
        assertThat(list.entities().size()).isEqualTo(4226);
        assertThat(list.entities().stream().filter(e -> "EL".equals(e.listing().list())).count()).isEqualTo(919);
    }

    @Test
    void aliasesIncludingChineseKeepTheirScript(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("csl.csv");
        Files.writeString(file, "_id,source,entity_number,type,programs,name,alt_names\n"
                + "x1,Entity List (EL) - Bureau of Industry and Security,,,,Institute,IFS; 公安部物证鉴定中心\n",
                StandardCharsets.UTF_8);

        Entity e = format.parse(file, strict).entities().get(0);

        assertThat(e.names()).extracting(n -> n.kind()).containsExactly(NameKind.PRIMARY, NameKind.ALIAS, NameKind.ALIAS);
        assertThat(e.names().get(2).script()).isEqualTo(Character.UnicodeScript.HAN);
    }

    @Test
    void rowWithoutName_failsNamingLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("csl.csv");
        Files.writeString(file, "_id,source,name\nx1,Entity List (EL),A\nx2,Entity List (EL),\n");

        assertThatThrownBy(() -> format.parse(file, strict))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("csl.csv:3")
                .hasMessageContaining("field name");
    }

    @NeedsSharedData
    @Test
    void detect_picksCslForBothLayouts() throws Exception {
        assertThat(ListFormats.detect(SharedData.lists("csl/csl_sample_watchman_2019-12-03.csv")).name())
                .isEqualTo("csl-csv");
        assertThat(ListFormats.detect(SharedData.lists("csl/csl_mini_watchman_2025-06-25.csv")).name())
                .isEqualTo("csl-csv");
    }
}
