package org.tradescreen.consign.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a compiled condition refers to, since the fact variables are maps CEL cannot type: every
 * {@code var.field} must be a field of {@link FactSchema} (also through a loop over {@code consignment.lines} or
 * {@code consignment.parties}), every {@code sets.x}, {@code limits.x} and {@code maps.x} must be defined by the
 * policy, and a rule may read only the variables of its scope.
 */
final class References {

    private References() {
    }

    static void check(CelAbstractSyntaxTree ast, Scope scope, PolicyLoader.Declared declared, String where,
                      int firstLine, PolicyLoader.Problems problems) {
        Map<String, String> loopVariables = new HashMap<>();
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(n -> {
            CelExpr e = n.expr();
            if (e.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
                CelExpr range = e.comprehension().iterRange();
                if (range.getKind() == CelExpr.ExprKind.Kind.SELECT && isIdent(range.select().operand())
                        && FactSchema.ELEMENTS.containsKey(range.select().field())) {
                    loopVariables.put(e.comprehension().iterVar(), FactSchema.ELEMENTS.get(range.select().field()));
                }
            }
        });
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(n -> {
            CelExpr e = n.expr();
            int line = lineOf(ast, e, firstLine);
            if (e.getKind() == CelExpr.ExprKind.Kind.IDENT) {
                String name = e.ident().name();
                if (FactSchema.VARIABLES.containsKey(name) && !scope.variables().contains(name)) {
                    problems.error(line, where + "'" + name + "' is not there for a rule of scope " + scope.code()
                            + ", which reads " + String.join(", ", scope.variables()));
                }
                return;
            }
            if (e.getKind() != CelExpr.ExprKind.Kind.SELECT || !isIdent(e.select().operand())) {
                return;
            }
            String variable = e.select().operand().ident().name();
            String field = e.select().field();
            String schema = FactSchema.VARIABLES.containsKey(variable) ? variable : loopVariables.get(variable);
            if (schema != null && !FactSchema.VARIABLES.get(schema).containsKey(field)) {
                problems.error(line, where + schema + " has no field '" + field + "'; its fields: "
                        + String.join(", ", FactSchema.fieldNames(schema)));
            }
            Set<String> defined = switch (variable) {
                case "sets" -> declared.sets();
                case "limits" -> declared.limits();
                case "maps" -> declared.maps();
                default -> null;
            };
            if (defined != null && !defined.contains(field)) {
                problems.error(line, where + variable + "." + field + " is not defined in the policy's " + variable
                        + "; defined: " + defined.stream().sorted().toList());
            }
        });
    }

    private static boolean isIdent(CelExpr e) {
        return e.getKind() == CelExpr.ExprKind.Kind.IDENT;
    }

    /** The file line of an expression: the condition's first line plus the expression's line within it. */
    static int lineOf(CelAbstractSyntaxTree ast, CelExpr e, int firstLine) {
        Integer offset = ast.getSource().getPositionsMap().get(e.id());
        if (offset == null) {
            return firstLine;
        }
        return ast.getSource().getOffsetLocation(offset).map(l -> firstLine + Math.max(0, l.getLine() - 1))
                .orElse(firstLine);
    }
}
