package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goods} as a user runs it, on the bundled catalog. */
class GoodsCommandTest {

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void goods_json_findsNppAndExits1() {
        CliRun r = run("goods", "--json", "N-phenethyl-4-piperidone 99% white powder");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode doc = r.json();
        assertThat(doc.path("class").asText()).isEqualTo("precursor");
        assertThat(doc.has("warnings")).isTrue();
        JsonNode hit = doc.path("hits").get(0);
        for (String field : List.of("substance", "cas", "basis", "score", "controls")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.path("cas").asText()).isEqualTo("39742-60-4");
        assertThat(hit.path("basis").asText()).isEqualTo("name");
        JsonNode control = hit.path("controls").get(0);
        for (String field : List.of("list", "jurisdiction", "since", "citation")) {
            assertThat(control.has(field)).as(field).isTrue();
        }
        assertThat(control.path("since").asText()).isEqualTo("2007-04-23");
    }

    @Test
    void goods_asOfBeforeTheListing_isNoneAndExits0() {
        CliRun r = run("goods", "--json", "--as-of", "2023-05-11", "4-piperidone hydrochloride");

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("class").asText()).isEqualTo("none");
    }

    @Test
    void goods_invalidCas_warnsAndExits0() {
        CliRun r = run("goods", "--json", "--cas", "39742-60-5");

        assertThat(r.exit()).isZero();
        assertThat(r.json().path("warnings").toString()).contains("invalid CAS");
    }

    @Test
    void goods_text_namesTheSubstance() {
        CliRun r = run("goods", "--hs", "2933.39", "4-ANPP hydrochloride");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("class: precursor", "4-Anilino-N-phenethylpiperidine", "(hydrochloride)");
    }

    @Test
    void goods_withABadAsOfDate_exits2NamingTheOption() {
        CliRun r = run("goods", "--as-of", "2023-13-01", "NPP");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of");
    }

    @Test
    void goods_withNothingToScreen_exits2() {
        CliRun r = run("goods");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("give a DESCRIPTION");
    }

    @Test
    void goodsFile_screensEveryRowAndKeepsBadRows() throws Exception {
        Path in = data.resolve("goods.csv");
        Files.writeString(in, """
                id,description,cas,hs
                1,NPP,,
                2,sodium chloride,,
                3,,23056-29-3,
                4,,,
                5,white powder,1609-66-5,2933.39
                ,norfentanyl,,
                6,acetone and NPP,,
                """);
        Path out = data.resolve("out.csv");

        CliRun r = run("goods", "--file", in.toString(), "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,class,substance,cas,basis,controls,warnings,error");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(1)).startsWith("1,precursor,N-Phenethyl-4-piperidone,39742-60-4,abbreviation,US List I");
        assertThat(lines.get(2)).startsWith("2,none,,,,");
        assertThat(lines.get(3)).startsWith("3,precursor,N-Phenylpiperidin-4-amine,23056-29-3,cas,");
        assertThat(lines.get(4)).startsWith("4,,").endsWith("goods.csv:5: field description: empty (and no cas or hs)");
        assertThat(lines.get(5)).startsWith("5,none,").contains("invalid CAS: 1609-66-5", ",hs,");
        assertThat(lines.get(6)).endsWith("goods.csv:7: field id: empty");
        assertThat(lines.get(7)).startsWith("6,precursor,Acetone; N-Phenethyl-4-piperidone,67-64-1; 39742-60-4,"
                + "name; abbreviation,Acetone: US List II");
        assertThat(r.err()).contains("goods.csv:5: field description");
    }

    @Test
    void goodsFile_withoutAnIdColumn_exits2NamingFileLineAndField() throws Exception {
        Path in = data.resolve("bad.csv");
        Files.writeString(in, "description\nNPP\n");

        CliRun r = run("goods", "--file", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:1: field id");
    }

    @Test
    void goods_smiles_saltOfAFentanylRelatedSubstance_isInTheClassAndFoundByStructure() {
        CliRun r = run("goods", "--json", "--smiles", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode doc = r.json();
        assertThat(doc.path("class").asText()).isEqualTo("fentanyl-related");
        JsonNode structure = doc.path("structure");
        assertThat(structure.path("fentanyl_related").asBoolean()).isTrue();
        assertThat(structure.path("modifications").toString()).isEqualTo("[\"E\"]");
        assertThat(structure.path("smiles").asText()).doesNotContain(".");
        assertThat(structure.has("precursor_family")).isFalse();
        assertThat(doc.path("hits").get(0).path("basis").asText()).isEqualTo("structure");
        assertThat(doc.path("warnings").toString()).contains("SALT_OR_HYDRATE");
    }

    @Test
    void goods_smiles_carfentanil_isControlledNotInTheClass() {
        CliRun r = run("goods", "--json", "--smiles", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.json().path("class").asText()).isEqualTo("controlled");
        assertThat(r.json().path("structure").path("fentanyl_related").asBoolean()).isFalse();
        assertThat(r.json().path("structure").path("modifications").toString()).isEqualTo("[\"C\"]");
    }

    @Test
    void goods_smiles_piperidoneHydrate_isAPrecursorFamilyMember() {
        CliRun r = run("goods", "--smiles", "OC1(O)CCNCC1.Cl");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("class: precursor", "precursor family: 4-piperidone family");
    }

    @Test
    void goods_badSmiles_exits2NamingTheOptionAndTheInput() {
        CliRun r = run("goods", "--smiles", "CCC(=O");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--smiles", "cannot read SMILES 'CCC(=O'");
    }

    @Test
    void goods_inchi_isReadAndClassified() {
        CliRun r = run("goods", "--json", "--inchi", "InChI=1S/C5H9NO/c7-5-1-3-6-4-2-5/h6H,1-4H2");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.json().path("class").asText()).isEqualTo("precursor");
        assertThat(r.json().path("structure").path("smiles").asText()).isEqualTo("O=C1CCNCC1");
    }

    @Test
    void goods_badInchi_exits2NamingTheOption() {
        CliRun r = run("goods", "--inchi", "InChI=1S/garbage");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--inchi");
    }

    @Test
    void goodsFile_smilesColumn_classifiesTheStructure() throws Exception {
        Path in = data.resolve("structures.csv");
        Files.writeString(in, """
                id,smiles
                1,O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
                2,CCO
                3,C1CC(
                """);
        Path out = data.resolve("out.csv");

        CliRun r = run("goods", "--file", in.toString(), "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(1)).startsWith("1,fentanyl-related,");
        assertThat(lines.get(2)).startsWith("2,none,");
        assertThat(lines.get(3)).startsWith("3,,").contains("structures.csv:4: field smiles: cannot read SMILES");
    }

    @Test
    void goods_molfile_isClassifiedLikeSmiles() throws Exception {
        Path mol = data.resolve("npp.mol");
        // NPP: piperidone ring (1-6, O 7), N-CH2-CH2 (8-9), phenyl (10-15).
        Files.writeString(mol, """
                NPP

                
                 15 16  0  0  0  0  0  0  0  0999 V2000
                    0.0000    0.0000    0.0000 N   0  0
                    1.2000    0.7000    0.0000 C   0  0
                    1.2000    2.1000    0.0000 C   0  0
                    0.0000    2.8000    0.0000 C   0  0
                   -1.2000    2.1000    0.0000 C   0  0
                   -1.2000    0.7000    0.0000 C   0  0
                    0.0000    4.2000    0.0000 O   0  0
                    0.0000   -1.4000    0.0000 C   0  0
                    0.0000   -2.8000    0.0000 C   0  0
                    0.0000   -4.2000    0.0000 C   0  0
                    1.2000   -4.9000    0.0000 C   0  0
                    1.2000   -6.3000    0.0000 C   0  0
                    0.0000   -7.0000    0.0000 C   0  0
                   -1.2000   -6.3000    0.0000 C   0  0
                   -1.2000   -4.9000    0.0000 C   0  0
                  1  2  1  0
                  2  3  1  0
                  3  4  1  0
                  4  5  1  0
                  5  6  1  0
                  6  1  1  0
                  4  7  2  0
                  1  8  1  0
                  8  9  1  0
                  9 10  1  0
                 10 11  2  0
                 11 12  1  0
                 12 13  2  0
                 13 14  1  0
                 14 15  2  0
                 15 10  1  0
                M  END
                """);

        CliRun r = run("goods", "--json", "--molfile", mol.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.json().path("class").asText()).isEqualTo("precursor");
        assertThat(r.json().path("structure").path("precursor_family").asText()).isEqualTo("NPP");
        assertThat(r.json().path("hits").get(0).path("substance").asText()).isEqualTo("N-Phenethyl-4-piperidone");
    }

    @Test
    void aSystematicNameOfAnUnlistedAnalogue_isClassifiedByItsStructure() {
        CliRun r = run("goods", "--json",
                "N-(4-fluorophenyl)-2-methoxy-N-[1-(2-phenylethyl)piperidin-4-yl]acetamide, 98%, 100 g");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().path("class").asText()).isEqualTo("fentanyl-related");
        assertThat(r.json().path("structure").path("fentanyl_related").asBoolean()).isTrue();
        assertThat(r.json().path("structure").path("scaffold_atoms").size()).isGreaterThanOrEqualTo(10);
        assertThat(r.json().path("warnings").toString()).contains("systematic name");
        assertThat(r.err()).doesNotContain("StatusLogger");
    }
}
