package org.tradescreen.consign.policy;

import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.optimizer.CelOptimizationException;
import dev.cel.optimizer.CelOptimizerFactory;
import dev.cel.optimizer.optimizers.ConstantFoldingOptimizer;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds conditions that can never hold, so that {@code policy check} can say so before a policy goes live. A
 * condition never holds when it folds to {@code false} (CEL's constant folding), or when one of the terms it joins
 * with {@code &&} cannot hold: a field compared with a value it never takes ({@code consignment.mode == 'air'}),
 * {@code x in sets.s} for an empty set, a score compared with a number above 1.
 */
final class NeverFires {

    private static final Set<String> SCORES = Set.of("score", "name_score");

    private NeverFires() {
    }

    static Optional<String> why(CelAbstractSyntaxTree ast, PolicyLoader.Declared declared) {
        Optional<String> folded = folded(ast);
        if (folded.isPresent()) {
            return folded;
        }
        for (CelExpr term : conjuncts(ast.getExpr())) {
            Optional<String> why = impossible(term, declared);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> folded(CelAbstractSyntaxTree ast) {
        try {
            CelAbstractSyntaxTree optimized = CelOptimizerFactory.standardCelOptimizerBuilder(
                            CelFactory.combine(PolicyLoader.COMPILER, CelRuntimeFactory.standardCelRuntimeBuilder().build()))
                    .addAstOptimizers(ConstantFoldingOptimizer.getInstance()).build().optimize(ast);
            CelExpr root = optimized.getExpr();
            if (root.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && root.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE && !root.constant().booleanValue()) {
                return Optional.of("the condition is always false");
            }
        } catch (CelOptimizationException | RuntimeException e) {
            // an expression the optimizer does not handle: nothing to conclude
        }
        return Optional.empty();
    }

    private static List<CelExpr> conjuncts(CelExpr e) {
        List<CelExpr> out = new ArrayList<>();
        if (e.getKind() == CelExpr.ExprKind.Kind.CALL && e.call().function().equals("_&&_")) {
            e.call().args().forEach(a -> out.addAll(conjuncts(a)));
        } else {
            out.add(e);
        }
        return out;
    }

    private static Optional<String> impossible(CelExpr term, PolicyLoader.Declared declared) {
        if (term.getKind() == CelExpr.ExprKind.Kind.CONSTANT && term.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE
                && !term.constant().booleanValue()) {
            return Optional.of("it requires false");
        }
        if (term.getKind() != CelExpr.ExprKind.Kind.CALL || term.call().args().size() != 2) {
            return Optional.empty();
        }
        String f = term.call().function();
        CelExpr a = term.call().args().get(0);
        CelExpr b = term.call().args().get(1);
        if (f.equals("_==_")) {
            Optional<String> why = notInDomain(a, b);
            return why.isPresent() ? why : notInDomain(b, a);
        }
        if (f.equals("@in")) {
            if (isSelect(b, "sets") && declared.setValues().getOrDefault(b.select().field(), List.of()).isEmpty()) {
                return Optional.of("sets." + b.select().field() + " is empty");
            }
            if (b.getKind() == CelExpr.ExprKind.Kind.LIST && !b.list().elements().isEmpty()
                    && b.list().elements().stream().allMatch(x -> notInDomain(a, x).isPresent())) {
                return notInDomain(a, b.list().elements().get(0));
            }
        }
        if ((f.equals("_>=_") || f.equals("_>_")) && isScore(a) && number(b) != null) {
            double n = number(b);
            if (n > 1 || (n == 1 && f.equals("_>_"))) {
                return Optional.of(a.select().field() + " is at most 1, never " + (f.equals("_>_") ? "above " : "at least ")
                        + n);
            }
        }
        return Optional.empty();
    }

    /** When {@code field} is a fact field of few values and {@code value} a string it never takes: why. */
    private static Optional<String> notInDomain(CelExpr field, CelExpr value) {
        if (field.getKind() != CelExpr.ExprKind.Kind.SELECT
                || field.select().operand().getKind() != CelExpr.ExprKind.Kind.IDENT
                || value.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || value.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            return Optional.empty();
        }
        String variable = field.select().operand().ident().name();
        var fields = FactSchema.VARIABLES.get(variable);
        FactSchema.Field f = fields == null ? null : fields.get(field.select().field());
        String v = value.constant().stringValue();
        if (f == null || f.values().isEmpty() || f.values().contains(v)) {
            return Optional.empty();
        }
        return Optional.of(variable + "." + field.select().field() + " is one of " + f.values().stream().sorted()
                .map(x -> "'" + x + "'").toList() + ", never '" + v + "'");
    }

    private static boolean isSelect(CelExpr e, String variable) {
        return e.getKind() == CelExpr.ExprKind.Kind.SELECT
                && e.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
                && e.select().operand().ident().name().equals(variable);
    }

    private static boolean isScore(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.SELECT && SCORES.contains(e.select().field());
    }

    private static @Nullable Double number(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
            return null;
        }
        return switch (e.constant().getKind()) {
            case DOUBLE_VALUE -> e.constant().doubleValue();
            case INT64_VALUE -> (double) e.constant().int64Value();
            default -> null;
        };
    }
}
