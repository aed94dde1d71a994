package org.tradescreen.lists.format.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradescreen.lists.format.ListFormatException;
import org.tradescreen.lists.format.registry.ListFormats;
import org.tradescreen.lists.format.ParseOptions;
import org.tradescreen.model.Entity;

class CslJsonFormatTest {

    private static final String API_RESPONSE = """
            {"total": 1, "results": [{
              "id": "f1e2", "source": "Entity List (EL) - Bureau of Industry and Security",
              "name": "Ministry of Public Security's Institute of Forensic Science of China",
              "alt_names": ["IFS", "公安部物证鉴定中心"],
              "addresses": [{"address": "Muxidi Nanli, Xicheng District", "city": "Beijing", "state": null,
                             "postal_code": null, "country": "CN"}],
              "federal_register_notice": "85 FR 34495", "start_date": "2020-06-05",
              "license_requirement": "For all items subject to the EAR.", "license_policy": "Case-by-case review.",
              "ids": [{"type": "Registration ID", "number": "123", "country": "CN"}],
              "programs": [], "type": null
            }]}
            """;

    @Test
    void apiResponse_readsStructuredAddressesArraysAndIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("csl.json");
        Files.writeString(file, API_RESPONSE);

        Entity e = new CslJsonFormat().parse(file, new ParseOptions("us-csl", false)).entities().get(0);

        assertThat(e.id()).isEqualTo("us-csl:f1e2");
        assertThat(e.names()).extracting(n -> n.value())
                .containsExactly("Ministry of Public Security's Institute of Forensic Science of China", "IFS", "公安部物证鉴定中心");
        assertThat(e.addresses().get(0).city()).isEqualTo("Beijing");
        assertThat(e.addresses().get(0).countryCode()).isEqualTo("CN");
        assertThat(e.identifiers().get(0).value()).isEqualTo("123");
        assertThat(e.listing().listedOn()).isEqualTo(LocalDate.of(2020, 6, 5));
        assertThat(e.listing().list()).isEqualTo("EL");
        assertThat(ListFormats.detect(file).name()).isEqualTo("csl-json");
    }

    @Test
    void brokenJson_failsNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("csl.json");
        Files.writeString(file, "{\"results\": [\n{\"name\": \"A\"},\n{\"name\": ");

        assertThatThrownBy(() -> new CslJsonFormat().parse(file, new ParseOptions("us-csl", false)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("csl.json:3")
                .hasMessageContaining("not valid JSON");
    }
}
