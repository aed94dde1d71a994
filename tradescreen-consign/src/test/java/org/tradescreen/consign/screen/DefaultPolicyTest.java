package org.tradescreen.consign.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradescreen.consign.manifest.JsonConsignments;

/**
 * Every rule of the shipped policy, each with cases where it must fire and cases where it must not: the rules as
 * data. Consignments are written in the manifest's JSON form; a party, route or lines not given are ordinary ones
 * (a US buyer, a Chinese shipper, a mug).
 */
class DefaultPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConsignmentFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new ConsignmentFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // parties
                fires("PARTY-SANCTIONED", "designated seller", "import", shipper("Hebei Crovell Biotech Co., Ltd.", "CN"), null),
                not("PARTY-SANCTIONED", "a name of the same industry, not listed", "import", shipper("Hebei Crown Biotech Co., Ltd.", "CN"), null),
                not("PARTY-SANCTIONED", "a listed DPRK ministry alias, but the party is in China", "export",
                        consignee("Ministry of Public Security", "CN"), null),
                fires("PARTY-EL-EXPORT", "Entity List consignee on an export", "export", consignee("Huawei Technologies Co., Ltd.", "CN"), null),
                not("PARTY-EL-EXPORT", "the same on an import", "import", shipper("Huawei Technologies Co., Ltd.", "CN"), null),
                fires("PARTY-EL-IMPORT", "Entity List shipper on an import", "import", shipper("Huawei Technologies Co., Ltd.", "CN"), null),
                not("PARTY-EL-IMPORT", "on an export", "export", consignee("Huawei Technologies Co., Ltd.", "CN"), null),
                fires("PARTY-POSSIBLE", "a contradicted match: the DPRK ministry, but in China", "export",
                        consignee("Ministry of Public Security", "CN"), null),
                not("PARTY-POSSIBLE", "an ordinary name", "import", shipper("Shenzhen Hongyu Electronics", "CN"), null),
                fires("PARTY-IDENTIFIER", "a listed phone, another name", "import",
                        "{\"role\":\"shipper\",\"name\":\"Lucky Star Trading\",\"phone\":\"+86 178 4957 7539\",\"address\":{\"country\":\"CN\"}}", null),
                fires("PARTY-IDENTIFIER", "a listed e-mail", "import",
                        "{\"role\":\"shipper\",\"name\":\"Best Goods Ltd\",\"email\":\"Service1@xiunashangmao.com\"}", null),
                not("PARTY-IDENTIFIER", "a free-mail domain only", "import",
                        "{\"role\":\"shipper\",\"name\":\"Best Goods Ltd\",\"email\":\"someone@qq.com\"}", null),
                not("PARTY-IDENTIFIER", "the listed party itself: its name matches", "import",
                        "{\"role\":\"shipper\",\"name\":\"Hebei Crovell Biotech\",\"email\":\"info@hebeicrovell.com\"}", null),
                // Crovell's phone is also Guanlang's: the other entity is named as a contact match.
                fires("PARTY-IDENTIFIER", "a phone two listed firms share", "import",
                        "{\"role\":\"shipper\",\"name\":\"Hebei Crovell Biotech\",\"phone\":\"8613273412322\"}", null),
                fires("PARTY-WATCHLIST", "on the in-house watch list", "import", shipper("Hubei Amarvel Biotech", "CN"), null),
                not("PARTY-WATCHLIST", "a designated seller is not a watch-list match", "import", shipper("Hebei Crovell Biotech Co., Ltd.", "CN"), null),
                // goods
                fires("GOODS-FENTANYL", "fentanyl by name", "import", null, line("fentanyl citrate", null, null, null)),
                fires("GOODS-FENTANYL", "an analogue by structure", "import", null,
                        line("research chemical", null, null, "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")),
                not("GOODS-FENTANYL", "NPP is a precursor, not a drug", "import", null, line("NPP", null, null, null)),
                fires("GOODS-PRECURSOR-CONTROLLED", "ANPP", "import", null, line("4-ANPP hydrochloride", null, null, null)),
                not("GOODS-PRECURSOR-CONTROLLED", "4-piperidone before 2023-05-12", "import@2023-03-01", null,
                        line("4-piperidone", null, null, null)),
                fires("GOODS-PRECURSOR-NOT-YET", "4-piperidone before 2023-05-12", "import@2023-03-01", null,
                        line("4-piperidone", null, null, null)),
                not("GOODS-PRECURSOR-NOT-YET", "4-piperidone after", "import@2024-03-01", null, line("4-piperidone", null, null, null)),
                fires("GOODS-WATCH-CHEMICAL", "propionyl chloride", "import", null, line("propionyl chloride 25kg", null, null, null)),
                not("GOODS-WATCH-CHEMICAL", "acetone", "import", null, line("acetone", null, null, null)),
                fires("GOODS-HS-SPECIFIC", "declared as ANPP's subheading", "import", null, line("plastic toys", "2933.36", null, null)),
                not("GOODS-HS-SPECIFIC", "the generic 2933.39", "import", null, line("pharmaceutical intermediate", "2933.39", null, null)),
                fires("GOODS-INVALID-CAS", "a wrong check digit", "import", null, line("white crystals", null, "39742-60-5", null)),
                not("GOODS-INVALID-CAS", "a right one", "import", null, line("white crystals", null, "39742-60-4", null)),
                fires("GOODS-CAS-ONLY", "nothing but a CAS number", "import", null, line("CAS No. 99918-43-1", null, null, null)),
                not("GOODS-CAS-ONLY", "a name and a CAS number", "import", null, line("acetone 67-64-1", null, null, null)),
                fires("GOODS-VAGUE", "only generic words", "import", null, line("chemical intermediate sample", null, null, null)),
                not("GOODS-VAGUE", "a real description", "import", null, line("ceramic coffee mug", "6912.00", null, null)),
                fires("GOODS-HS-MISMATCH", "dog food under a chemical chapter", "import", null, line("dog food", "2933.39", null, null)),
                fires("GOODS-HS-MISMATCH", "a named precursor under a machinery heading", "import", null, line("N-phenethyl-4-piperidone", "8481.80", null, null)),
                not("GOODS-HS-MISMATCH", "dog food under its own chapter", "import", null, line("dog food", "2309.10", null, null)),
                // others
                fires("SHIPPER-INDUSTRY-MISMATCH", "a chemical firm shipping toys", "import",
                        shipper("Wuhan Golden Chemical Co.", "CN"), line("plush toys", "9503.00", null, null)),
                fires("SHIPPER-INDUSTRY-MISMATCH", "a pharmaceutical firm shipping goods declared under an electrical chapter",
                        "import", shipper("Guangzhou Lixin Pharmaceutical Co.", "CN"), line("power strip", "8536.69", null, null)),
                not("SHIPPER-INDUSTRY-MISMATCH", "the same firm shipping undescribed goods under a plastics chapter",
                        "import", shipper("Guangzhou Lixin Pharmaceutical Co.", "CN"), line("white resin", "3907.30", null, null)),
                not("SHIPPER-INDUSTRY-MISMATCH", "a chemical firm shipping a chemical", "import",
                        shipper("Wuhan Golden Chemical Co.", "CN"), line("acetone", "2914.11", null, null)),
                fires("ROUTE-EMBARGO", "via Syria", "export@route:US>SY>JO", null, null),
                not("ROUTE-EMBARGO", "via Turkey", "export@route:US>TR>JO", null, null),
                fires("ROUTE-CHEM-TRANSSHIP", "chapter 29 to a US forwarder, on to Mexico", "import@route:CN>>MX", null,
                        line("4-methylpropiophenone", "2914.39", null, null)),
                not("ROUTE-CHEM-TRANSSHIP", "the same to the US itself", "import", null,
                        line("4-methylpropiophenone", "2914.39", null, null)),
                fires("DATA-AED-MISSING", "an inbound item without sender", "import@nosender", null, null),
                not("DATA-AED-MISSING", "an export without sender", "export@nosender", null, null),
                fires("DATA-NO-LISTS", "before any list", "import@2019-01-01", null, null),
                not("DATA-NO-LISTS", "with lists in force", "import@2024-01-01", null, null));
    }

    @ParameterizedTest(name = "{0} {2}: {1}")
    @MethodSource("cases")
    void rule(String rule, String why, boolean expected, String direction, String party, String line) throws Exception {
        String[] parts = direction.split("@");
        String dir = parts[0];
        String asOf = "2024-03-01";
        String origin = dir.equals("import") ? "CN" : "US";
        String destination = dir.equals("import") ? "US" : "CN";
        String transit = "[]";
        boolean sender = true;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("route:")) {
                String[] r = parts[i].substring(6).split(">", -1);
                origin = r[0];
                transit = r[1].isEmpty() ? "[]" : "[\"" + r[1] + "\"]";
                destination = r[2];
            } else if (parts[i].equals("nosender")) {
                sender = false;
            } else {
                asOf = parts[i];
            }
        }
        String shipper = dir.equals("import") ? "{\"role\":\"shipper\",\"name\":\"Yiwu Sunshine Crafts\",\"address\":{\"country\":\"CN\"}}"
                : "{\"role\":\"shipper\",\"name\":\"Pacific Office Furniture Inc\",\"address\":{\"country\":\"US\"}}";
        String consignee = dir.equals("import") ? "{\"role\":\"consignee\",\"name\":\"Emily Johnson\",\"address\":{\"country\":\"US\"}}"
                : "{\"role\":\"consignee\",\"name\":\"Shanghai Office Supplies Ltd\",\"address\":{\"country\":\"CN\"}}";
        if (party != null) {
            if (party.contains("\"shipper\"")) {
                shipper = party;
            } else {
                consignee = party;
            }
        }
        if (direction.contains("route:CN>>MX")) {
            consignee = "{\"role\":\"consignee\",\"name\":\"Border Logistics LLC\",\"address\":{\"country\":\"US\"}}";
        }
        List<String> parties = sender ? List.of(shipper, consignee) : List.of(consignee);
        String json = "{\"consignment_id\":\"T\",\"as_of\":\"" + asOf + "\",\"mode\":\"express\",\"direction\":\"" + dir
                + "\",\"route\":{\"origin\":\"" + origin + "\",\"transit\":" + transit + ",\"destination\":\"" + destination
                + "\"},\"parties\":[" + String.join(",", parties) + "],\"lines\":[" + (line != null ? line
                : "{\"description\":\"ceramic coffee mug\",\"hs_code\":\"6912.00\"}") + "]}";
        ConsignmentResult r = fixture.screener.screen(JsonConsignments.read(JSON.readTree(json)), null);
        List<String> fired = r.reasons().stream().map(Reason::rule).toList();
        if (expected) {
            assertThat(fired).as(json).contains(rule);
        } else {
            assertThat(fired).as(json).doesNotContain(rule);
        }
    }

    private static Arguments fires(String rule, String why, String direction, String party, String line) {
        return Arguments.of(rule, why, true, direction, party, line);
    }

    private static Arguments not(String rule, String why, String direction, String party, String line) {
        return Arguments.of(rule, why, false, direction, party, line);
    }

    private static String shipper(String name, String country) {
        return "{\"role\":\"shipper\",\"name\":\"" + name + "\",\"address\":{\"country\":\"" + country + "\"}}";
    }

    private static String consignee(String name, String country) {
        return "{\"role\":\"consignee\",\"name\":\"" + name + "\",\"address\":{\"country\":\"" + country + "\"}}";
    }

    private static String line(String description, String hs, String cas, String smiles) {
        StringBuilder b = new StringBuilder("{\"description\":\"" + description + "\"");
        if (hs != null) {
            b.append(",\"hs_code\":\"").append(hs).append('"');
        }
        if (cas != null) {
            b.append(",\"cas\":\"").append(cas).append('"');
        }
        if (smiles != null) {
            b.append(",\"smiles\":\"").append(smiles).append('"');
        }
        return b.append('}').toString();
    }
}
