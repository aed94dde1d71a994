package org.tradescreen.lists.format.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.lists.format.ParsedList;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;
import org.tradescreen.testing.Dom;
import org.tradescreen.testkit.NeedsSharedData;
import org.tradescreen.testkit.SharedData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@NeedsSharedData
class EuFsfXmlFormatTest {

    private static final Path FILE = SharedData.lists("eu-fsf/eu_fsf_xml_1_1_excerpt_2026-08-05.xml");
    private static final ParseOptions STRICT = new ParseOptions("eu-fsf", false);

    private static ParsedList real;
    private static Document dom;

    @TempDir
    Path dir;

    @BeforeAll
    static void parse() throws Exception {
        real = new EuFsfXmlFormat().parse(FILE, STRICT);
        dom = Dom.parse(FILE);
    }

    @Test
    void everyRecordLoads_withTheFilesDate() throws IOException {
        assertThat(ListFormats.detect(FILE)).isInstanceOf(EuFsfXmlFormat.class);
        assertThat(real.entities()).hasSize(17).hasSize(records().size());
        assertThat(real.problems()).isEmpty();
        assertThat(real.statedPublished()).contains(LocalDate.of(2026, 8, 5));
        assertThat(real.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(10);
        assertThat(real.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSize(7);
    }

    /** Found by ListFormatsFuzzTest: a birth year out of range escaped as the IllegalArgumentException of a date. */
    @Test
    void aBirthYearThatIsNotAYear_isARemark() throws IOException {
        Path file = dir.resolve("y983.xml");
        Files.writeString(file, """
                <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05T16:47:04.449+02:00">
                <sanctionEntity euReferenceNumber="EU.1.3"><subjectType code="person"/>
                <nameAlias wholeName="Example Person" strong="true"/>
                <birthdate calendarType="GREGORIAN" year="983" monthOfYear="4" dayOfMonth="28"/></sanctionEntity>
                </export>
                """);

        Entity e = new EuFsfXmlFormat().parse(file, STRICT).entities().get(0);
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.remarks()).contains("date of birth: 983");
    }

    /** Read independently with DOM: every name, its quality, every dated birth date and document of the file. */
    @Test
    void everyRecord_carriesTheFilesNamesQualityBirthDatesAndDocuments() {
        for (Element r : records()) {
            Entity e = entity(r.getAttribute("euReferenceNumber"));
            List<Element> aliases = children(r, "nameAlias");
            assertThat(e.names()).as(e.id()).hasSize(aliases.size());
            for (Element a : aliases) {
                String whole = a.getAttribute("wholeName").strip().replaceAll("\\s+", " ");
                String remark = children(a, "remark").stream().map(Element::getTextContent).findFirst().orElse("");
                boolean low = remark.toLowerCase(Locale.ROOT).contains("low quality");
                Name n = e.names().stream().filter(x -> x.value().equals(whole)).findFirst().orElseThrow(
                        () -> new AssertionError(e.id() + " lacks the name " + whole));
                assertThat(n.weak()).as(e.id() + " " + whole).isEqualTo(low && n.kind() != NameKind.PRIMARY);
            }
            for (Element d : children(r, "birthdate")) {
                if (!d.getAttribute("birthdate").isEmpty()) {
                    assertThat(e.birthDates()).as(e.id()).contains(PartialDate.parse(d.getAttribute("birthdate")));
                }
            }
            for (Element i : children(r, "identification")) {
                String number = i.getAttribute("number");
                if (!number.equals("-")) {
                    assertThat(e.identifiers()).extracting(Identifier::value).as(e.id()).contains(number);
                }
            }
            long addresses = children(r, "address").stream().filter(a -> !(a.getAttribute("street")
                    + a.getAttribute("city") + a.getAttribute("zipCode") + a.getAttribute("region")
                    + a.getAttribute("poBox") + a.getAttribute("place")).isBlank()
                    || !a.getAttribute("countryIso2Code").equals("00")).count();
            assertThat(e.addresses()).as(e.id()).hasSize((int) addresses);
        }
    }

    @Test
    void lowQualityAliases_areWeak_includingTheMisspeltRemark() {
        Entity e = entity("EU.3092.36");

        // the first strong name in Latin letters; the two before it are in Arabic script
        assertThat(e.primaryName()).isEqualTo("Ibrahim al-'Asiri");
        // "Abu Saleh" is remarked "low quality aliias" in the published file
        assertThat(e.names()).filteredOn(Name::weak).extracting(Name::value)
                .containsExactlyInAnyOrder("Abu-Salaah", "Abosslah", "Abu Saleh");
    }

    @Test
    void nonLatinNames_keepTheirScript_andThePrimaryIsTheLatinSpelling() {
        Entity e = entity("EU.367.96");

        assertThat(e.primaryName()).isEqualTo("Abdul Manan Agha");
        assertThat(e.names()).extracting(Name::value, Name::script).contains(tuple("عبد المنان آغا", UnicodeScript.ARABIC));
        assertThat(entity("EU.2797.3").names()).extracting(Name::value, Name::script)
                .contains(tuple("Анатолий Алексеевич СИДОРОВ", UnicodeScript.CYRILLIC));
    }

    @Test
    void hijriBirthDates_areConvertedToGregorian_andKeptAsRemarks() {
        // 24/6/1402 with its conversion given; the year 1343 alone, converted here (1924-08-03 to 1925-07-22).
        assertThat(entity("EU.3092.36").birthDates()).containsExactly(PartialDate.parse("1982-04-18"),
                PartialDate.parse("1982-04-19"));
        assertThat(entity("EU.3092.36").remarks()).contains("date of birth (Hijri calendar): 24/6/1402");
        assertThat(entity("EU.6131.26").birthDates())
                .contains(PartialDate.parse("1924"), PartialDate.parse("1925"), PartialDate.parse("1965"));
    }

    @Test
    void yearRanges_partialDates_andTheNoCountrySentinel() {
        assertThat(entity("EU.10436.68").birthDates()).hasSize(20).contains(PartialDate.parse("1960"),
                PartialDate.parse("1979"));
        assertThat(entity("EU.2909.48").birthDates()).contains(PartialDate.parse("1961-08"));
        // countryIso2Code="00" is no country: Qusay's birth places name only Baghdad
        assertThat(entity("EU.39.56").birthPlaces()).containsExactly("Baghdad");
        assertThat(entity("EU.39.56").nationalities()).containsExactly("IQ");
    }

    @Test
    void addresses_documents_crossReferences_andListing() {
        Entity e = entity("EU.3092.36");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).contains(
                tuple("National identification card", "1028745097", "SA"), tuple("National passport", "F654645", "SA"));
        assertThat(e.identifiers()).filteredOn(i -> i.value().equals("F654645")).first()
                .extracting(Identifier::note).asString().contains("valid to 2010-03-07", "known expired");
        assertThat(e.addresses()).extracting(Address::countryCode).containsExactly("YE");
        assertThat(entity("EU.4801.12").identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(tuple("UN reference number", "LYi.28"));
        assertThat(entity("EU.4198.83").identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(tuple("IMO", "5342883"));
        // "Taghtiran  Kashan Company": the double space of the file is one space
        assertThat(entity("EU.2417.3").primaryName()).isEqualTo("Taghtiran Kashan Company");
        // no designationDate: dated by the regulation that listed him
        assertThat(entity("EU.27.28").listing().listedOn()).isEqualTo(LocalDate.of(2003, 7, 8));
        assertThat(entity("EU.27.28").listing().citation()).isEqualTo("1210/2003 (OJ L169)");
        assertThat(entity("EU.367.96").listing().listedOn()).isEqualTo(LocalDate.of(2001, 10, 17));
        assertThat(entity("EU.27.28").programs()).containsExactly("IRQ");
    }

    @Test
    void aRecordWithoutReferenceNumber_failsNamingItsLine() throws IOException {
        Path file = dir.resolve("bad.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-08-05T16:47:04.449+02:00">
                  <sanctionEntity euReferenceNumber="EU.1.1" logicalId="1">
                    <nameAlias wholeName="Good Name" strong="true"/>
                  </sanctionEntity>
                  <sanctionEntity euReferenceNumber="" logicalId="2">
                    <nameAlias wholeName="No Reference" strong="true"/>
                  </sanctionEntity>
                </export>
                """);

        assertThatThrownBy(() -> new EuFsfXmlFormat().parse(file, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad.xml:6: field euReferenceNumber: sanctionEntity with logicalId 2");
        ParsedList lenient = new EuFsfXmlFormat().parse(file, new ParseOptions("eu-fsf", true));
        assertThat(lenient.entities()).extracting(Entity::sourceId).containsExactly("EU.1.1");
        assertThat(lenient.problems()).hasSize(1);
    }

    @Test
    void aDoctype_isRefused() throws IOException {
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE export [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity euReferenceNumber="EU.1.1">
                <nameAlias wholeName="&xxe;"/></sanctionEntity></export>
                """);

        assertThatThrownBy(() -> new EuFsfXmlFormat().parse(file, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("xxe.xml:2: field DOCTYPE: a DOCTYPE is refused");
    }

    private static Entity entity(String id) {
        return real.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static List<Element> records() {
        return Dom.elements(dom.getDocumentElement().getElementsByTagName("sanctionEntity"));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : Dom.elements(parent.getChildNodes())) {
            if (e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
