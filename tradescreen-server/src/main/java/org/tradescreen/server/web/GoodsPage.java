package org.tradescreen.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tradescreen.goods.describe.GoodsClass;
import org.tradescreen.goods.describe.GoodsQuery;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.goods.describe.GoodsStructure;
import org.tradescreen.goods.structure.Modification;
import org.tradescreen.goods.structure.Molecule;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.api.BadRequest;
import org.tradescreen.server.api.Params;

/**
 * {@code GET /goods}: screens goods by description, CAS number, HS code and structure (SMILES), as
 * {@code POST /api/v1/goods} does, and shows the class, the hits with their controls, the warnings, and the
 * structure drawn with the atoms that matched the fentanyl scaffold highlighted. A GET form, so that a
 * result is a link an analyst can share.
 */
public final class GoodsPage {

    /** What each class means, in the words of the goods screener. */
    static final Map<GoodsClass, String> CLASSES = Map.of(
            GoodsClass.FENTANYL_RELATED,
            "In the US class of fentanyl-related substances (controlled as a structural class).",
            GoodsClass.PRECURSOR, "A listed precursor chemical, or under a precursor control.",
            GoodsClass.CONTROLLED, "A scheduled drug that is not a precursor.",
            GoodsClass.NONE, "Nothing controlled found.");

    /** The modifications of fentanyl that define the class (STORY.md). */
    static final Map<Modification, String> MODIFICATIONS = Map.of(
            Modification.A, "the phenyl of the phenethyl group replaced by another monocycle",
            Modification.B, "substitution in or on the phenethyl group",
            Modification.C, "substitution in or on the piperidine ring",
            Modification.D, "the aniline ring replaced by another aromatic monocycle, or substituted",
            Modification.E, "the N-propionyl group replaced by another acyl group");

    /** The form as filled in. */
    public record Form(String description, String cas, String hs, String smiles, String asOf) {
        public boolean empty() {
            return description.isBlank() && cas.isBlank() && hs.isBlank() && smiles.isBlank();
        }
    }

    /**
     * The view of {@code goods.jte}.
     *
     * @param drawing the structure as inline SVG, or null without a structure
     * @param drawingError why the structure could not be drawn, or null
     */
    public record View(Form form, @Nullable String error, @Nullable GoodsResult result, @Nullable String meaning, @Nullable String drawing, @Nullable String drawingError) {
        public @Nullable String modification(Modification m) {
            return MODIFICATIONS.get(m);
        }
    }

    private final ServerContext context;
    private final Templates templates;

    GoodsPage(ServerContext context, Templates templates) {
        this.context = context;
        this.templates = templates;
    }

    void show(Context ctx) {
        Form form = new Form(Forms.query(ctx, "description"), Forms.query(ctx, "cas"), Forms.query(ctx, "hs"),
                Forms.query(ctx, "smiles"), Forms.query(ctx, "as_of"));
        if (form.empty()) {
            templates.page(ctx, 200, "goods.jte", new View(form, null, null, null, null, null));
            return;
        }
        GoodsResult result;
        try {
            result = screen(ctx);
        } catch (BadRequest | IllegalArgumentException e) {
            templates.pageOrFragment(ctx, 400, "goods.jte", "goodsResults.jte",
                    new View(form, e.getMessage(), null, null, null, null));
            return;
        }
        String drawing = null;
        String drawingError = null;
        GoodsStructure s = result.structure();
        if (s != null) {
            try {
                drawing = StructureDrawing.svg(s.smiles(), s.scaffoldAtoms(), "Structure " + s.smiles()
                        + (s.scaffoldAtoms().isEmpty() ? "" : ", fentanyl scaffold atoms highlighted"));
            } catch (IllegalArgumentException e) {
                drawingError = e.getMessage();
            }
        }
        templates.pageOrFragment(ctx, 200, "goods.jte", "goodsResults.jte",
                new View(form, null, result, CLASSES.get(result.classification()), drawing, drawingError));
    }

    private GoodsResult screen(Context ctx) {
        String smiles = Params.text(ctx, "smiles");
        // A SMILES that cannot be read is a StructureException, an IllegalArgumentException naming the input.
        Molecule molecule = smiles == null ? null : Molecule.smiles(smiles);
        LocalDate asOf = Params.date(ctx, "as_of");
        return context.goods().screen(new GoodsQuery(Params.text(ctx, "description"), Params.text(ctx, "cas"),
                Params.text(ctx, "hs"), molecule, asOf));
    }
}
