package org.tradescreen.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.Problem;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.PartialDate;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

/** The consolidated non-SDN CSV set of 19 December 2025, read in place. */
@NeedsSharedData
class OfacConsCsvFormatTest {

    private static final OfacConsCsvFormat FORMAT = new OfacConsCsvFormat();
    private static final ParseOptions STRICT = new ParseOptions("us-ofac-cons", false);
    private static final Path CONS = SharedData.lists("ofac-cons-2025-12-19");

    private static Map<String, Entity> byId(ParsedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    @Test
    void cons_countsTypesAndListing() throws IOException {
        ParsedList list = FORMAT.parse(CONS, STRICT);

        assertThat(list.entities()).hasSize(442);
        assertThat(list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityType.PERSON, 79L, EntityType.ORGANIZATION, 363L));
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("us-ofac-cons");
            assertThat(e.listing().list()).isEqualTo("CONS");
        });
        assertThat(list.problems()).hasSize(4).extracting(Problem::message)
                .containsOnly("dropped a trailing 0x1A (DOS end-of-file) byte");
        assertThat(list.entities().stream().mapToLong(e -> e.addresses().size()).sum()).isEqualTo(522);
    }

    @Test
    void cons_plcMember() throws IOException {
        Entity haniya = byId(FORMAT.parse(CONS, STRICT)).get("9639");
        assertThat(haniya.id()).isEqualTo("us-ofac-cons:9639");
        assertThat(haniya.type()).isEqualTo(EntityType.PERSON);
        assertThat(haniya.programs()).containsExactly("NS-PLC");
        assertThat(haniya.birthDates()).containsExactly(PartialDate.parse("1962"));
        assertThat(haniya.birthPlaces()).containsExactly("Shati");
        assertThat(haniya.names()).startsWith(Name.primary("HANIYA, Ismail Abdul Salah"),
                Name.alias("HANIYA, Ismail", false), Name.alias("HANIYYA, Ismaeel", false));
    }

    @Test
    void cons_commentsJoinAfterASpace() throws IOException {
        // cons_prim.csv stops 30930's remarks at "…(USCC) 91110000710934369E "; cons_comments.csv goes on "(China); …".
        Entity cccc = byId(FORMAT.parse(CONS, STRICT)).get("30930");
        assertThat(cccc.programs()).containsExactly("CMIC-EO13959");
        assertThat(cccc.identifiers())
                .contains(new Identifier("Unified Social Credit Code (USCC)", "91110000710934369E", "CN", null));
        assertThat(cccc.names()).contains(Name.alias("CHINA COMMUNICATIONS CONSTRUCTION CO LTD", false),
                Name.alias("CCCC", true));
        assertThat(cccc.addresses()).containsExactly(new Address("85, Deshengmen Street, Xicheng District",
                "Beijing 100088", null, null, "China", "CN"));
    }

    @Test
    void detect_picksOfacConsCsv_forTheConsFolderAndFile() throws IOException {
        assertThat(ListFormats.detect(CONS)).isInstanceOf(OfacConsCsvFormat.class);
        assertThat(ListFormats.detect(CONS.resolve("cons_prim.csv"))).isInstanceOf(OfacConsCsvFormat.class);
        assertThat(ListFormats.byName("ofac-cons-csv")).isInstanceOf(OfacConsCsvFormat.class);
        assertThat(FORMAT.recognise(SharedData.lists("ofac-sdn-full-2021-07-07"), "")).isZero();
    }
}
