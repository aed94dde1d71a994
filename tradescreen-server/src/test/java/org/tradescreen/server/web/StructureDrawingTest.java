package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureDrawingTest {

    private static final String FENTANYL = "CCC(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1";

    @Test
    void svg_isAnInlineElementWithATitle() {
        String svg = StructureDrawing.svg(FENTANYL, List.of(), "Structure <fentanyl> & co");
        assertThat(svg).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        assertThat(svg).contains("role=\"img\"").contains("<title>Structure &lt;fentanyl&gt; &amp; co</title>");
        assertThat(svg.strip()).endsWith("</svg>");
    }

    @Test
    void svg_highlight_drawsTheHighlightColour() {
        String colour = String.format("#%02X%02X%02X", StructureDrawing.HIGHLIGHT.getRed(),
                StructureDrawing.HIGHLIGHT.getGreen(), StructureDrawing.HIGHLIGHT.getBlue());
        assertThat(StructureDrawing.svg(FENTANYL, List.of(), "t")).doesNotContainIgnoringCase(colour);
        assertThat(StructureDrawing.svg(FENTANYL, List.of(0, 1, 2, 3), "t")).containsIgnoringCase(colour);
    }

    @Test
    void svg_unreadableSmiles_isAnIllegalArgument() {
        assertThatThrownBy(() -> StructureDrawing.svg("C1CC(", List.of(), "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot draw SMILES");
    }
}
