package org.tradescreen.lists.format.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.w3c.dom.NodeList;

@NeedsSharedData
class UkSanctionsListXmlFormatTest {

    private static final Path FILE = SharedData.lists("uk-sanctions-list/UK-Sanctions-List_xml_excerpt_2026-09-07.xml");
    private static final ParseOptions STRICT = new ParseOptions("uk-sanctions-list", false);

    private static ParsedList real;
    private static Document dom;

    @TempDir
    Path dir;

    @BeforeAll
    static void parse() throws Exception {
        real = new UkSanctionsListXmlFormat().parse(FILE, STRICT);
        dom = Dom.parse(FILE);
    }

    @Test
    void everyDesignationLoads_withTheFilesDate() throws IOException {
        assertThat(ListFormats.detect(FILE)).isInstanceOf(UkSanctionsListXmlFormat.class);
        assertThat(real.entities()).hasSize(21).hasSize(designations().size());
        assertThat(real.problems()).isEmpty();
        assertThat(real.statedPublished()).contains(LocalDate.of(2026, 9, 7));
        assertThat(real.entities()).extracting(Entity::type).filteredOn(t -> t == EntityType.PERSON).hasSize(14);
        assertThat(real.entities()).extracting(Entity::type).filteredOn(t -> t == EntityType.ORGANIZATION).hasSize(5);
        assertThat(real.entities()).extracting(Entity::type).filteredOn(t -> t == EntityType.VESSEL).hasSize(2);
    }

    /** Read independently with DOM: every name (padding gone), its strength, non-Latin names, documents, IMO. */
    @Test
    void everyDesignation_carriesTheFilesNamesStrengthDocumentsAndAddresses() {
        for (Element d : designations()) {
            Entity e = entity(text(d, "UniqueID"));
            for (Element n : all(d, "Name")) {
                StringBuilder full = new StringBuilder();
                for (int i = 1; i <= 6; i++) {
                    String part = text(n, "Name" + i);
                    if (!part.isBlank()) {
                        full.append(full.length() > 0 ? " " : "").append(part.strip());
                    }
                }
                if (full.length() == 0) {
                    continue; // the file has one <Name> with only a NameType
                }
                String value = full.toString().replaceAll("\\s+", " ");
                Name name = e.names().stream().filter(x -> x.value().equals(value)).findFirst().orElseThrow(
                        () -> new AssertionError(e.id() + " lacks the name " + value));
                boolean primary = text(n, "NameType").equalsIgnoreCase("primary name");
                boolean low = text(n, "AliasStrength").toLowerCase(Locale.ROOT).contains("low quality");
                assertThat(name.kind()).as(e.id() + " " + value).isEqualTo(primary ? NameKind.PRIMARY : NameKind.ALIAS);
                if (!primary && e.names().stream().filter(x -> x.value().equals(value)).count() == 1) {
                    assertThat(name.weak()).as(e.id() + " " + value).isEqualTo(low);
                }
            }
            for (Element n : all(d, "NameNonLatinScript")) {
                assertThat(e.names()).extracting(Name::value).as(e.id()).contains(n.getTextContent().strip());
            }
            for (Element p : all(d, "PassportNumber")) {
                assertThat(e.identifiers()).extracting(Identifier::value).as(e.id()).contains(p.getTextContent().strip());
            }
            for (Element imo : all(d, "IMONumber")) {
                assertThat(e.identifiers()).extracting(Identifier::canonicalValue).as(e.id())
                        .contains(imo.getTextContent().strip().replaceFirst("^IMO", ""));
            }
            assertThat(e.addresses()).as(e.id()).hasSize(all(d, "Address").size());
            assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).as(e.id())
                    .contains(tuple("UK Sanctions List ID", e.sourceId()));
            if (!text(d, "OFSIGroupID").isBlank()) {
                assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).as(e.id())
                        .contains(tuple("OFSI group ID", text(d, "OFSIGroupID")));
            }
        }
    }

    @Test
    void namesInAnyCasing_paddingAndWeakAliases() {
        Entity hassan = entity("AFG0006");
        assertThat(hassan.primaryName()).isEqualTo("MOHAMMAD HASSAN AKHUND");
        assertThat(entity("AFG0009").names()).filteredOn(Name::weak).extracting(Name::value).containsExactly("Mudir");
        // <Name1>IADENA  </Name1>: padding gone; "Primary name" and "Primary Name" both primary
        assertThat(entity("AFG0038").names()).filteredOn(n -> n.kind() == NameKind.PRIMARY).extracting(Name::value)
                .containsExactly("DIN MOHAMMAD HANIF", "IADENA MOHAMMAD");
        assertThat(entity("BEL0174").names()).extracting(Name::value, Name::script).contains(
                tuple("Pavel Ivanavich KAZAKOU", Character.UnicodeScript.LATIN),
                tuple("Павел Иванович Казаков", Character.UnicodeScript.CYRILLIC));
        assertThat(entity("AFG0001").names()).extracting(Name::script).contains(Character.UnicodeScript.ARABIC);
    }

    @Test
    void datePlaceholders_becomePartialDates() {
        // dd/mm/1945 ... : years; 30/01/1972 twice: once
        assertThat(entity("AFG0006").birthDates()).contains(PartialDate.parse("1945"), PartialDate.parse("1958"))
                .hasSize(10);
        assertThat(entity("AFG0007").birthDates()).containsExactly(PartialDate.parse("1963"),
                PartialDate.parse("1972-01-30"));
        // dd/09/1958: year and month
        assertThat(entity("AQD0262").birthDates()).containsExactly(PartialDate.parse("1958-09"));
        // 00/00/1975
        assertThat(entity("RUS1683").birthDates()).containsExactly(PartialDate.parse("1975"));
        // 15/08/19yy is no date: kept as a remark
        assertThat(real.entities()).flatExtracting(Entity::remarks).contains("date of birth: 15/08/19yy");
    }

    @Test
    void ships_withImoNumbersWithAndWithoutPrefix() {
        Entity petrel = entity("DPR0075");
        assertThat(petrel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(petrel.identifiers()).extracting(Identifier::type, Identifier::canonicalValue)
                .contains(tuple("IMO", "9562233"));
        assertThat(petrel.vessel().flag()).isEqualTo("KM");
        assertThat(petrel.vessel().vesselType()).isEqualTo("Bulk Carrier");
        assertThat(entity("DPR0076").identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(tuple("IMO", "8628597"));
    }

    @Test
    void crossReferences_documents_andListing() {
        Entity e = entity("AQD0190");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).contains(
                tuple("UN reference number", "QDi.236"), tuple("OFSI group ID", "9224"),
                tuple("National Identification Number", "260012001546"));
        assertThat(e.listing().listedOn()).isEqualTo(LocalDate.of(2008, 1, 16));
        assertThat(e.listing().list()).isEqualTo("UK");
        // a registration number over three lines: three identifiers
        assertThat(entity("GAC0072").identifiers()).extracting(Identifier::type, Identifier::value).contains(
                tuple("OGRN", "1247700291200"), tuple("KPP", "770701001"), tuple("INN", "9707028663"));
        // "The same passport appears 10 times on one record": once
        assertThat(entity("AFG0006").identifiers()).filteredOn(i -> i.type().equals("Passport")).hasSize(1);
        assertThat(entity("AFG0001").addresses()).extracting(Address::countryCode).contains("AF");
        assertThat(entity("AFG0001").programs())
                .containsExactly("The Afghanistan (Sanctions) (EU Exit) Regulations 2020");
    }

    @Test
    void dateGenerated_mayBeAnAttributeOfTheRoot() throws IOException {
        Path file = dir.resolve("attr.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <Designations dateGenerated="14/08/2026">
                  <Designation><UniqueID>RUS0001</UniqueID><DateDesignated>01/03/2022</DateDesignated>
                    <Names><Name><Name6>Test Person</Name6><NameType>primary name</NameType></Name></Names>
                    <IndividualEntityShip>Individual</IndividualEntityShip></Designation>
                </Designations>
                """);

        ParsedList parsed = new UkSanctionsListXmlFormat().parse(file, STRICT);

        assertThat(parsed.statedPublished()).contains(LocalDate.of(2026, 8, 14));
        assertThat(parsed.entities()).extracting(Entity::primaryName).containsExactly("Test Person");
    }

    @Test
    void aDesignationWithoutName_orABadDate_failsNamingLineAndField() throws IOException {
        Path file = dir.resolve("bad.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <Designations>
                  <DateGenerated>07/09/2026</DateGenerated>
                  <Designation>
                    <UniqueID>RUS0001</UniqueID>
                    <Names><Name><NameType>Primary Name</NameType></Name></Names>
                  </Designation>
                  <Designation>
                    <UniqueID>RUS0002</UniqueID>
                    <DateDesignated>31/02/2022</DateDesignated>
                    <Names><Name><Name6>Someone</Name6><NameType>Primary Name</NameType></Name></Names>
                  </Designation>
                </Designations>
                """);

        assertThatThrownBy(() -> new UkSanctionsListXmlFormat().parse(file, STRICT))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bad.xml:4: field Name6: Designation RUS0001 has no name");
        ParsedList lenient = new UkSanctionsListXmlFormat().parse(file, new ParseOptions("uk-sanctions-list", true));
        assertThat(lenient.entities()).isEmpty();
        assertThat(lenient.problems()).hasSize(2);
        assertThat(lenient.problems().get(1).toString()).contains("bad.xml:10", "DateDesignated", "31/02/2022");
    }

    private static Entity entity(String id) {
        return real.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static List<Element> designations() {
        return Dom.elements(dom.getDocumentElement().getElementsByTagName("Designation"));
    }

    private static List<Element> all(Element parent, String name) {
        return Dom.elements(parent.getElementsByTagName(name));
    }

    private static String text(Element parent, String name) {
        NodeList l = parent.getElementsByTagName(name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent();
    }
}
