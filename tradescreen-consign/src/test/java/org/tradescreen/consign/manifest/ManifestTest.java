package org.tradescreen.consign.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradescreen.consign.Consignment;

class ManifestTest {

    private static List<ManifestRecord> read(String text, Manifest.Format format) throws IOException {
        List<ManifestRecord> out = new ArrayList<>();
        try (Manifest m = Manifest.open(new StringReader(text), "m", format)) {
            m.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void jsonLines_readEveryFieldAndGoOnPastABadRecord() throws IOException {
        List<ManifestRecord> records = read("""
                {"consignment_id":"A1","as_of":"2024-01-02","mode":"Mail","direction":"import","transport_doc":"RR123456785CN",
                 "route":{"origin":"CHN","transit":["HK"],"destination":"United States"},
                 "parties":[{"role":"shipper","name":"X Co","address":{"line":"1 Road","city":"Wuhan","country":"CN"},"phone":"+86 1","email":"a@b.cn"}],
                 "total":{"gross_weight_kg":1.5,"value":"20","currency":"USD"},
                 "lines":[{"line_no":2,"description":"mug","quantity":1,"hs_code":"691200","cas":"67-64-1"}]}

                {"consignment_id":"A2","lines":"many"}
                {"consignment_id":"A3","route":{"origin":"XX"},"lines":[{"description":"tea","hs_code":"29"}],"transport_doc":"RR123456784CN"}
                not json at all
                {"consignment_id":"A4","parties":[{"role":"carrier","name":"Y"}]}
                {"consignment_id":"A5","as_of":"+999999999-01-01"}
                """.replace("\n ", " "), Manifest.Format.JSONL);
        assertThat(records).hasSize(6);
        Consignment a1 = ((ManifestRecord.Read) records.get(0)).consignment();
        assertThat(a1.asOf()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(a1.mode()).isEqualTo("mail");
        assertThat(a1.route()).isEqualTo(new Consignment.Route("CN", List.of("HK"), "US"));
        assertThat(a1.parties().get(0).city()).isEqualTo("Wuhan");
        assertThat(a1.total().value()).isEqualTo(20.0);
        assertThat(a1.lines().get(0).lineNo()).isEqualTo(2);
        assertThat(a1.lines().get(0).hsCode()).isEqualTo("6912.00");
        assertThat(a1.warnings()).isEmpty();
        assertThat(records.get(1)).isEqualTo(new ManifestRecord.Bad("A2", 3, "lines: expected an array"));
        Consignment a3 = ((ManifestRecord.Read) records.get(2)).consignment();
        assertThat(a3.warnings()).containsExactly("transport_doc: 'RR123456784CN' fails the UPU S10 check digit",
                "route.origin: 'XX' is not an ISO 3166 country code",
                "lines[0].hs_code: '29' is not an HS code of 6 to 10 digits");
        assertThat(((ManifestRecord.Bad) records.get(3)).error()).startsWith("not valid JSON");
        assertThat(((ManifestRecord.Bad) records.get(4)).error())
                .isEqualTo("parties[0].role: 'carrier' is not one of shipper, consignee, notify, seller, buyer, final_recipient");
        assertThat(((ManifestRecord.Bad) records.get(5)).error()).contains("as_of: +999999999-01-01 is out of range");
    }

    @Test
    void csv_rowsOfAConsignmentFormOneAndMustStandTogether() throws IOException {
        List<ManifestRecord> records = read("""
                consignment_id,as_of,mode,direction,origin_country,transit_countries,destination_country,shipper_name,shipper_country,shipper_phone,consignee_name,consignee_city,consignee_country,line_no,description,quantity,hs_code,cas
                C1,2024-02-01,express,import,CN,HK|SG,US,Wuhan Co,CN,+86 27 1,Jane Roe,Austin,US,1,mug,2,6912.00,
                C1,2024-02-01,express,import,CN,HK|SG,US,Wuhan Co,CN,+86 27 1,Jane Roe,Austin,US,2,NPP,1,2933.39,39742-60-4
                C2,2024-02-02,mail,import,CN,,US,,,,Ann Lee,,US,1,,,,
                C1,2024-02-01,express,import,CN,,US,Wuhan Co,CN,,Jane Roe,,US,3,tea,1,0902.10,
                C3,2024-02-03,plane,import,CN,,US,,,,,,,1,x,,,
                """, Manifest.Format.CSV);
        assertThat(records).hasSize(4);
        Consignment c1 = ((ManifestRecord.Read) records.get(0)).consignment();
        assertThat(c1.lines()).hasSize(2);
        assertThat(c1.route().transit()).containsExactly("HK", "SG");
        assertThat(c1.parties()).extracting(p -> p.role() + ":" + p.name()).containsExactly("shipper:Wuhan Co",
                "consignee:Jane Roe");
        assertThat(c1.lines().get(1).cas()).isEqualTo("39742-60-4");
        Consignment c2 = ((ManifestRecord.Read) records.get(1)).consignment();
        assertThat(c2.parties()).extracting(p -> p.role()).containsExactly("consignee");
        assertThat(records.get(1).line()).isEqualTo(4);
        assertThat(records.get(2)).isEqualTo(new ManifestRecord.Bad("C1", 5,
                "consignment_id: rows of C1 must stand together; more of them start on this line"));
        assertThat(((ManifestRecord.Bad) records.get(3)).error()).isEqualTo("mode: 'plane' is not mail, express or cargo");
    }

    /** Found by ConsignmentInputsFuzzTest: these escaped as commons-csv's exceptions, with no file or line. */
    @Test
    void csv_aQuoteLeftOpen_isABadRecordOnItsLineAfterTheConsignmentsBeforeIt() throws IOException {
        List<ManifestRecord> records = read("consignment_id,description\nC-1,grease\nC-2,\"white powder\nC-3,x\n",
                Manifest.Format.CSV);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOf(ManifestRecord.Read.class);
        ManifestRecord.Bad bad = (ManifestRecord.Bad) records.get(1);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.error()).startsWith("not readable CSV from this line on");
    }

    @Test
    void csv_aHeaderWithABlankName_isRefusedNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("consignment_id,,description\nC-1,x,y\n", Manifest.Format.CSV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("m:1: the header is not usable CSV");
    }

    @Test
    void csv_withoutConsignmentIdColumn_isRefusedNamingTheHeader() {
        assertThatThrownBy(() -> read("id,description\n1,x\n", Manifest.Format.CSV))
                .hasMessageStartingWith("m:1: field consignment_id: the header has no consignment_id column");
    }

    @ParameterizedTest
    @CsvSource({"RR123456785CN, true", "rr 123 456 785 cn, true", "RR123456784CN, false", "EE000000005US, true",
            "RR12345678CN, false"})
    void s10CheckDigit(String id, boolean valid) {
        assertThat(Standards.s10CheckDigitValid(id)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"293339, 2933.39", "2933.39, 2933.39", "2933 39 00, 2933.3900", "2933390010, 2933.3900", "29, ''",
            "2933.3, ''", "abc, ''", "2933.39.00, 2933.3900"})
    void hsCodes(String text, String normalised) {
        assertThat(Standards.hsCode(text)).isEqualTo(normalised);
    }
}
