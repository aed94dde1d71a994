package org.tradescreen.consign.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/consignments.md lists every fact a rule can read: the document cannot drift from the schema. */
class FactSchemaDocsTest {

    @Test
    void everyFactFieldIsDocumented() throws IOException {
        String doc = Files.readString(Path.of(System.getProperty("tradescreen.examples")).resolveSibling("docs")
                .resolve("consignments.md"));
        FactSchema.VARIABLES.forEach((variable, fields) -> {
            assertThat(doc).as(variable).contains("### " + variable);
            String section = doc.substring(doc.indexOf("### " + variable));
            fields.keySet().forEach(f -> assertThat(section).as(variable + "." + f).contains("`" + f + "`"));
        });
    }
}
