package org.tradescreen.lists.format.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;

class UnXmlFormatTest {

    private static final Path UN_2016 = SharedData.lists("un/UN_consolidated_2016-03-25.xml");
    private static final Path UN_2026 = SharedData.lists("un/UN_consolidated_2026-02-27.xml");
    private static final ParseOptions STRICT = new ParseOptions("un-sc", false);
    private static final ParseOptions LENIENT = new ParseOptions("un-sc", true);

    private static ParsedList list2016;
    private static ParsedList list2026;

    private final UnXmlFormat format = new UnXmlFormat();

    @TempDir
    Path dir;

    @BeforeAll
    static void parseRealFiles() throws IOException {
        if (!SharedData.present()) {
            return; // the tests that read these files are tagged and skipped
        }
        list2016 = new UnXmlFormat().parse(UN_2016, STRICT);
        list2026 = new UnXmlFormat().parse(UN_2026, STRICT);
    }

    // --- the real files ---

    @NeedsSharedData
    @Test
    void real2026_countsIndividualsAndEntities_statesPublished() throws IOException {
        ParsedList list = list2026;

        assertThat(count(list, EntityType.PERSON)).isEqualTo(730).isEqualTo(elements(UN_2026, "INDIVIDUAL"));
        assertThat(count(list, EntityType.ORGANIZATION)).isEqualTo(273).isEqualTo(elements(UN_2026, "ENTITY"));
        assertThat(list.statedPublished()).contains(LocalDate.of(2026, 2, 27));
        assertThat(list.problems()).isEmpty();
    }

    @NeedsSharedData
    @Test
    void real2016_countsIndividualsAndEntities_statesDateGenerated() throws IOException {
        ParsedList list = list2016;

        assertThat(count(list, EntityType.PERSON)).isEqualTo(630).isEqualTo(elements(UN_2016, "INDIVIDUAL"));
        assertThat(count(list, EntityType.ORGANIZATION)).isEqualTo(395).isEqualTo(elements(UN_2016, "ENTITY"));
        // dateGenerated, not the capture date in the file name (2016-03-25)
        assertThat(list.statedPublished()).contains(LocalDate.of(2016, 3, 7));
        assertThat(list.problems()).isEmpty();
    }

    @NeedsSharedData
    @Test
    void real2026_QDi017() {
        Entity e = entity(list2026, "QDi.017");

        assertThat(e.id()).isEqualTo("un-sc:QDi.017");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.primaryName()).isEqualTo("THARWAT SALAH SHIHATA");
        assertThat(e.names()).extracting(Name::value, Name::kind, Name::weak, Name::script).containsExactly(
                tuple("THARWAT SALAH SHIHATA", NameKind.PRIMARY, false, UnicodeScript.LATIN),
                tuple("ثروت صالح شحاته", NameKind.ALIAS, false, UnicodeScript.ARABIC),
                tuple("Tarwat Salah Abdallah", NameKind.ALIAS, false, UnicodeScript.LATIN),
                tuple("Salah Shihata Thirwat", NameKind.ALIAS, false, UnicodeScript.LATIN),
                tuple("Shahata Thirwat", NameKind.ALIAS, false, UnicodeScript.LATIN),
                tuple("Tharwat Salah Shihata Ali", NameKind.ALIAS, false, UnicodeScript.LATIN));
        assertThat(e.birthDates()).containsExactly(PartialDate.parse("1960-06-29"));
        assertThat(e.birthPlaces()).containsExactly("Egypt");
        assertThat(e.nationalities()).containsExactly("EG");
        assertThat(e.programs()).containsExactly("Al-Qaida");
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2001, 10, 6));
        assertThat(e.listing().list()).isEqualTo("UN");
        assertThat(e.remarks()).contains("alias Tharwat Salah Shihata Ali: previously listed as");
    }

    @NeedsSharedData
    @Test
    void real2026_QDi428_weakAliases_documents_addresses() {
        Entity e = entity(list2026, "QDi.428");

        assertThat(e.primaryName()).isEqualTo("JAMAL HUSSEIN HASSAN ZEINIYE");
        assertThat(e.names()).filteredOn(Name::weak).extracting(Name::value).containsExactly(
                "Abu Malek El Talleh", "Abu Hussein", "abu-Malik al-Ansari", "Abu-Malik al-Shami", "Abu-Malik al-Talli");
        assertThat(e.names()).filteredOn(n -> !n.weak()).extracting(Name::value)
                .contains("Jamal Husayn Zayniyah", "جمال حسين حسن زينيه");
        assertThat(e.birthDates()).containsExactly(PartialDate.parse("1972-08-17"), PartialDate.parse("1972-01-01"));
        assertThat(e.birthPlaces()).containsExactly(
                "Benghazi, Libya", "Al Tall, Syrian Arab Republic", "Tell Mnin, Syrian Arab Republic");
        assertThat(e.identifiers()).containsExactly(
                new Identifier("Passport", "3987189", "SY", null),
                new Identifier("National Identification Number", "13080011550", null, null),
                new Identifier("National Identification Number", "5877002", "SY",
                        "Identification Card No.; issued 2011-05-25"));
        assertThat(e.addresses()).extracting(a -> a.city(), a -> a.region(), a -> a.countryCode())
                .containsExactly(tuple(null, null, "SY"), tuple("Arsal", "Bekaa", "LB"));
        assertThat(e.gender()).isEqualTo("Male");
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2020, 10, 8));
    }

    @NeedsSharedData
    @Test
    void real2026_entityFormerNames_andBetweenYears() {
        Entity adf = entity(list2026, "CDe.001");
        assertThat(adf.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(adf.names()).filteredOn(n -> n.kind() == NameKind.FORMER).extracting(Name::value)
                .containsExactly("Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
                        "ADF/NALU", "NALU");
        assertThat(adf.addresses()).singleElement().satisfies(a -> {
            assertThat(a.region()).isEqualTo("North Kivu");
            assertThat(a.countryCode()).isEqualTo("CD");
        });

        Entity akhund = entity(list2026, "TAi.002");
        assertThat(akhund.birthDates()).extracting(PartialDate::toString).containsExactly(
                "1955", "1956", "1957", "1958", "1945", "1946", "1947", "1948", "1949", "1950");
        assertThat(akhund.title()).startsWith("Mullah; Haji; First Deputy, Council of Ministers");
    }

    @NeedsSharedData
    @Test
    void detect_picksUnXml() throws IOException {
        assertThat(ListFormats.detect(UN_2026)).isInstanceOf(UnXmlFormat.class);
        assertThat(ListFormats.detect(UN_2016)).isInstanceOf(UnXmlFormat.class);
        assertThat(ListFormats.byName("un-xml").defaultSource()).isEqualTo("un-sc");
    }

    // --- mapping quirks, on a hand-written file ---

    @Test
    void quirks_datesQualitiesPlaceholders() throws IOException {
        Path file = write("quirks.xml", document("""
                <INDIVIDUAL>
                  <FIRST_NAME>ONE</FIRST_NAME><SECOND_NAME>TWO</SECOND_NAME>
                  <REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
                  <LISTED_ON>2011-02-03-05:00</LISTED_ON>
                  <GENDER>MALE</GENDER>
                  <NATIONALITY><VALUE>na</VALUE><VALUE>Afghan</VALUE><VALUE>Iran (Islamic Republic of)</VALUE></NATIONALITY>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu One</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>One Two; Uno Dos</ALIAS_NAME>
                    <DATE_OF_BIRTH>1969-01-01</DATE_OF_BIRTH><CITY_OF_BIRTH>Badakhshan</CITY_OF_BIRTH></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>Exact</TYPE_OF_DATE><DATE>1961-01-01-05:00</DATE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>Approximately</TYPE_OF_DATE><YEAR>1977/1978</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>Aug. 1961</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>24/06/1402 (Hijri Calendar)</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH/>
                  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>9003213</NUMBER>
                    <COUNTRY_OF_ISSUE>Iran / unknown</COUNTRY_OF_ISSUE></INDIVIDUAL_DOCUMENT>
                  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NOTE>number unknown</NOTE></INDIVIDUAL_DOCUMENT>
                  <INDIVIDUAL_DOCUMENT/>
                </INDIVIDUAL>
                """, """
                <ENTITY>
                  <FIRST_NAME>THE &amp; COMPANY</FIRST_NAME>
                  <REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER>
                  <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Company</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Old Company</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ADDRESS><CITY>Kabul</CITY><COUNTRY>Afghanistan</COUNTRY><NOTE>as of 2010</NOTE></ENTITY_ADDRESS>
                </ENTITY>
                """));

        ParsedList list = format.parse(file, STRICT);

        Entity person = entity(list, "XXi.001");
        assertThat(person.names()).extracting(Name::value, Name::kind, Name::weak).containsExactly(
                tuple("ONE TWO", NameKind.PRIMARY, false),
                tuple("Abu One", NameKind.ALIAS, true),
                tuple("One Two", NameKind.ALIAS, false),
                tuple("Uno Dos", NameKind.ALIAS, false));
        assertThat(person.birthDates()).extracting(PartialDate::toString)
                .containsExactly("1969-01-01", "1961-01-01", "1977", "1978", "1961-08");
        assertThat(person.birthPlaces()).containsExactly("Badakhshan");
        assertThat(person.nationalities()).containsExactly("AF", "IR");
        assertThat(person.identifiers()).containsExactly(new Identifier("Passport", "9003213", null, "Iran / unknown"));
        assertThat(person.remarks()).containsExactly(
                "date of birth: 24/06/1402 (Hijri Calendar)", "Passport: number unknown");
        assertThat(person.gender()).isEqualTo("Male");
        assertThat(person.listedOn()).isEqualTo(LocalDate.of(2011, 2, 3));

        Entity company = entity(list, "XXe.001");
        assertThat(company.names()).extracting(Name::value, Name::kind).containsExactly(
                tuple("THE & COMPANY", NameKind.PRIMARY),
                tuple("Company", NameKind.ALIAS),
                tuple("Old Company", NameKind.FORMER));
        assertThat(company.remarks()).containsExactly("address Kabul, Afghanistan: as of 2010");
        assertThat(list.statedPublished()).contains(LocalDate.of(2020, 1, 2));
    }

    // --- security ---

    @Test
    void xxe_isRefused_namingFileAndLine() throws IOException {
        Path file = write("xxe.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>
                  <FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """);

        assertThatThrownBy(() -> format.parse(file, LENIENT))
                .isInstanceOfSatisfying(ListFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("DOCTYPE");
                })
                .hasMessageContaining("xxe.xml:2")
                .hasMessageNotContaining("root:");
    }

    @Test
    void externalDtd_isRefused_withoutFetching() throws IOException {
        // Port 9 (discard) on loopback: a fetch would fail differently, or hang.
        Path file = write("dtd.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://127.0.0.1:9/evil.dtd">
                <CONSOLIDATED_LIST/>
                """);

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dtd.xml:2: field DOCTYPE: a DOCTYPE is refused");
    }

    /** Found by fuzzing: the JDK's parser fails on its own here (MissingResourceException: InvalidCharInDTD). */
    @Test
    void aControlCharacterInADoctype_isDamagedXml() throws IOException {
        Path file = write("nul.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \u0000\u00d2a\">]>\n"
                + "<CONSOLIDATED_LIST/>\n");

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("nul.xml:2: unreadable XML");
    }

    @Test
    void billionLaughs_doesNotExpand() throws IOException {
        Path file = write("lol.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>
                  <FIRST_NAME>&lol9;</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
                </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
                """);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> format.parse(file, LENIENT))
                        .isInstanceOf(ListFormatException.class)
                        .hasMessageContaining("lol.xml:2: field DOCTYPE"));
    }

    @Test
    void undeclaredEntity_isRefused() throws IOException {
        Path file = write("entity.xml", list("""
                <INDIVIDUAL>
                  <FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>
                </INDIVIDUAL>
                """));

        assertThatThrownBy(() -> format.parse(file, LENIENT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("entity.xml:5: field FIRST_NAME: the entity reference &xxe; is refused");
    }

    @Test
    void deepNesting_isRefused() throws IOException {
        Path file = write("deep.xml", list("<INDIVIDUAL>" + "<X>".repeat(500) + "</X>".repeat(500) + "</INDIVIDUAL>"));

        assertThatThrownBy(() -> format.parse(file, LENIENT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("deep.xml:4")
                .hasMessageContaining("unreadable XML");
    }

    // --- damage ---

    @Test
    void truncatedFile_failsNamingLineAndElement_evenLeniently() throws IOException {
        String whole = list(person("XXi.001", "ONE"), person("XXi.002", "TWO"));
        Path file = write("cut.xml", whole.substring(0, whole.indexOf("<FIRST_NAME>TWO") + 14));

        for (ParseOptions options : new ParseOptions[] {STRICT, LENIENT}) {
            assertThatThrownBy(() -> format.parse(file, options))
                    .isInstanceOfSatisfying(ListFormatException.class, e -> {
                        assertThat(e.line()).isEqualTo(8);
                        assertThat(e.field()).isEqualTo("FIRST_NAME");
                    })
                    .hasMessageContaining("cut.xml:8: field FIRST_NAME: unreadable XML")
                    .hasMessageContaining("not even leniently");
        }
    }

    @Test
    void notTheUnList_failsNamingTheRoot() throws IOException {
        Path file = write("other.xml", "<?xml version=\"1.0\"?>\n<sdnList/>\n");

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("other.xml:2: field sdnList: the root element is sdnList");
    }

    @Test
    void entryWithoutReferenceNumber_failsNamingRecord_orIsSkippedLeniently() throws IOException {
        Path file = write("noref.xml", list(person("XXi.001", "ONE"), """
                <INDIVIDUAL>
                  <DATAID>42</DATAID><FIRST_NAME>NOBODY</FIRST_NAME>
                </INDIVIDUAL>
                """));

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("noref.xml:7: field REFERENCE_NUMBER: INDIVIDUAL with DATAID 42 has no reference number");

        ParsedList list = format.parse(file, LENIENT);
        assertThat(list.entities()).extracting(Entity::sourceId).containsExactly("XXi.001");
        assertThat(list.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.field()).isEqualTo("REFERENCE_NUMBER");
        });
    }

    @Test
    void entryWithoutName_failsNamingRecord_orIsSkippedLeniently() throws IOException {
        Path file = write("noname.xml", list(person("XXi.001", "ONE"), person("XXi.002", " ")));

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("noname.xml:7: field FIRST_NAME: INDIVIDUAL XXi.002 has no name");

        ParsedList list = format.parse(file, LENIENT);
        assertThat(list.entities()).extracting(Entity::sourceId).containsExactly("XXi.001");
        assertThat(list.problems()).extracting(p -> p.line()).containsExactly(7L);
    }

    @Test
    void repeatedReferenceNumber_fails_orIsSkippedLeniently() throws IOException {
        Path file = write("dup.xml", list(person("XXi.001", "ONE"), person("XXi.001", "TWO")));

        assertThatThrownBy(() -> format.parse(file, STRICT))
                .hasMessageContaining("dup.xml:7: field REFERENCE_NUMBER: id XXi.001 was already used at line 4");
        assertThat(format.parse(file, LENIENT).entities()).extracting(Entity::primaryName).containsExactly("ONE");
    }

    // --- fixtures ---

    /** A list file: declaration on line 1, root on 2, INDIVIDUALS on 3, so the first record starts on line 4. */
    private static String document(String individuals, String entities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2020-01-02T03:04:05Z\">\n"
                + "<INDIVIDUALS>\n" + individuals + "</INDIVIDUALS>\n"
                + "<ENTITIES>\n" + entities + "</ENTITIES>\n"
                + "</CONSOLIDATED_LIST>\n";
    }

    private static String list(String... individuals) {
        return document(String.join("", individuals), "");
    }

    /** Three lines. */
    private static String person(String ref, String name) {
        return "<INDIVIDUAL>\n  <FIRST_NAME>" + name + "</FIRST_NAME><REFERENCE_NUMBER>" + ref
                + "</REFERENCE_NUMBER>\n</INDIVIDUAL>\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static long count(ParsedList list, EntityType type) {
        return list.entities().stream().filter(e -> e.type() == type).count();
    }

    /** Counted from the raw text, independently of the parser. */
    private static long elements(Path file, String name) throws IOException {
        return Pattern.compile("<" + name + "[ >]").matcher(Files.readString(file)).results().count();
    }

    private static Entity entity(ParsedList list, String sourceId) {
        return list.entities().stream().filter(e -> e.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }
}
