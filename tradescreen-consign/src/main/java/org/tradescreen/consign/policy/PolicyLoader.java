package org.tradescreen.consign.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.io.Sha256;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file (YAML) and compiles its rules' CEL conditions once. Everything wrong is reported with its
 * line: YAML that cannot be read, unknown keys, a decision or scope that is not one, a CEL condition that does not
 * compile, a fact field or a set that does not exist, a variable the rule's scope does not have. {@link #check}
 * also reports, as warnings, rules that can never fire ({@link NeverFires}).
 *
 * <p>Why CEL: it is made for exactly this, conditions written by people and evaluated by programs (Kubernetes
 * admission policies, Envoy, Google Cloud IAM): readable, typed and checked when compiled, guaranteed to end, and
 * fast once compiled.
 */
public final class PolicyLoader {

    static final String BUNDLED = "default-policy.yaml";
    private static final Set<String> TOP_KEYS = Set.of("id", "version", "description", "limits", "sets", "maps", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "decision", "scope", "title", "when");
    private static final int MAX_BYTES = 1 << 20;

    private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    static final CelCompiler COMPILER = compiler();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    private PolicyLoader() {
    }

    private static CelCompiler compiler() {
        var b = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
        for (String variable : FactSchema.VARIABLES.keySet()) {
            b.addVar(variable, MapType.create(SimpleType.STRING, SimpleType.DYN));
        }
        b.addVar("sets", MapType.create(SimpleType.STRING, ListType.create(SimpleType.STRING)));
        b.addVar("limits", MapType.create(SimpleType.STRING, SimpleType.DOUBLE));
        b.addVar("maps", MapType.create(SimpleType.STRING, MapType.create(SimpleType.STRING,
                ListType.create(SimpleType.STRING))));
        return b.build();
    }

    /** The shipped default policy. */
    public static Policy bundled() {
        return load(BUNDLED, bundledBytes());
    }

    public static byte[] bundledBytes() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(BUNDLED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled policy", e);
        }
    }

    /**
     * A policy from the bytes of a file named {@code name} (for messages).
     *
     * @throws PolicyException when it has any error
     */
    public static Policy load(String name, byte[] bytes) {
        Read read = read(name, bytes, false);
        if (read.problems.stream().anyMatch(PolicyProblem::isError)) {
            throw new PolicyException(read.problems);
        }
        return read.policy;
    }

    /** Every problem of a policy file, errors and warnings, in file order; empty when it is sound. */
    public static List<PolicyProblem> check(String name, byte[] bytes) {
        return read(name, bytes, true).problems;
    }

    private record Read(@Nullable Policy policy, List<PolicyProblem> problems) {
    }

    private static Read read(String name, byte[] bytes, boolean analyse) {
        Problems problems = new Problems(name);
        if (bytes.length > MAX_BYTES) {
            problems.error(0, bytes.length + " bytes; a policy file is at most " + MAX_BYTES);
            return new Read(null, problems.all);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(20);
            root = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new DumperOptions()), new DumperOptions(), options).compose(
                    new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (MarkedYAMLException e) {
            problems.error(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not readable YAML: " + e.getProblem());
            return new Read(null, problems.all);
        } catch (YAMLException e) {
            problems.error(0, "not readable YAML: " + e.getMessage());
            return new Read(null, problems.all);
        }
        if (!(root instanceof MappingNode top)) {
            problems.error(root == null ? 0 : line(root), "a policy is a mapping of id, version, limits, sets, maps"
                    + " and rules");
            return new Read(null, problems.all);
        }
        Map<String, Node> keys = mapping(top, TOP_KEYS, "", problems);
        String id = scalar(keys.get("id"), "id", problems, true);
        String version = scalar(keys.get("version"), "version", problems, true);
        Map<String, Double> limits = limits(keys.get("limits"), problems);
        Map<String, List<String>> sets = sets(keys.get("sets"), "sets", problems);
        Map<String, Map<String, List<String>>> maps = new LinkedHashMap<>();
        if (keys.get("maps") instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                maps.put(key(t), sets(t.getValueNode(), "maps." + key(t), problems));
            }
        } else if (keys.get("maps") != null) {
            problems.error(line(keys.get("maps")), "maps: expected a mapping of name: {key: [values]}");
        }
        Declared declared = new Declared(limits.keySet(), sets.keySet(), maps.keySet(), sets);
        List<Rule> rules = new ArrayList<>();
        if (keys.get("rules") instanceof SequenceNode seq) {
            Set<String> ids = new HashSet<>();
            for (Node n : seq.getValue()) {
                Rule r = rule(n, declared, problems, analyse);
                if (r != null && !ids.add(r.id())) {
                    problems.error(r.line(), "rule " + r.id() + ": a second rule with this id");
                }
                if (r != null) {
                    rules.add(r);
                }
            }
            if (seq.getValue().isEmpty()) {
                problems.warning(line(seq), "rules: none; every consignment would be CLEAR");
            }
        } else {
            problems.error(keys.get("rules") == null ? 0 : line(keys.get("rules")), "rules: required, a list of rules");
        }
        Set<String> phrases = new LinkedHashSet<>();
        sets.values().forEach(l -> l.forEach(v -> phrases.add(v.toLowerCase(Locale.ROOT))));
        maps.values().forEach(m -> m.values().forEach(l -> l.forEach(v -> phrases.add(v.toLowerCase(Locale.ROOT)))));
        problems.all.sort(java.util.Comparator.comparingInt(PolicyProblem::line));
        if (problems.all.stream().anyMatch(PolicyProblem::isError)) {
            return new Read(null, problems.all);
        }
        return new Read(new Policy(new Policy.Stamp(id, version, Sha256.hex(bytes)), limits, sets, maps, rules, phrases),
                problems.all);
    }

    /** What the policy defines, for checking what its conditions refer to. */
    record Declared(Set<String> limits, Set<String> sets, Set<String> maps, Map<String, List<String>> setValues) {
    }

    private static @Nullable Rule rule(Node n, Declared declared, Problems problems, boolean analyse) {
        if (!(n instanceof MappingNode m)) {
            problems.error(line(n), "rules: each rule is a mapping of id, decision, scope, title and when");
            return null;
        }
        int at = line(n);
        Map<String, Node> keys = mapping(m, RULE_KEYS, "rule: ", problems);
        String id = scalar(keys.get("id"), "rule: id", problems, true);
        String where = "rule " + (id.isEmpty() ? "at line " + at : id) + ": ";
        String decisionText = scalar(keys.get("decision"), where + "decision", problems, true);
        Decision decision = null;
        try {
            decision = decisionText.isEmpty() ? null : Decision.valueOf(decisionText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.error(line(keys.get("decision")), where + "decision: '" + decisionText + "' is not CLEAR, REVIEW or HOLD");
        }
        String scopeText = scalar(keys.get("scope"), where + "scope", problems, true);
        Scope scope = Scope.of(scopeText.toLowerCase(Locale.ROOT));
        if (scope == null && !scopeText.isEmpty()) {
            problems.error(line(keys.get("scope")), where + "scope: '" + scopeText + "' is not consignment, party, hit,"
                    + " contact or line");
        }
        String title = scalar(keys.get("title"), where + "title", problems, false);
        Node whenNode = keys.get("when");
        String when = scalar(whenNode, where + "when", problems, true);
        if (id.isEmpty() || decision == null || scope == null || when.isEmpty()) {
            return null;
        }
        CelValidationResult compiled = COMPILER.compile(when);
        int whenLine = line(whenNode) + (block(whenNode) ? 1 : 0);
        if (compiled.hasError()) {
            for (CelIssue issue : compiled.getErrors()) {
                int celLine = Math.max(1, issue.getSourceLocation().getLine());
                problems.error(whenLine + (folded(whenNode) ? 0 : celLine - 1), where + "when: " + issue.getMessage()
                        + " (column " + (issue.getSourceLocation().getColumn() + 1) + " of the condition)");
            }
            return null;
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = compiled.getAst();
        } catch (CelValidationException e) {
            problems.error(whenLine, where + "when: " + e.getMessage());
            return null;
        }
        int errors = problems.errorCount();
        References.check(ast, scope, declared, where + "when: ", whenLine, problems);
        if (problems.errorCount() > errors) {
            return null;
        }
        if (analyse) {
            if (decision == Decision.CLEAR) {
                problems.warning(at, where + "a CLEAR rule never changes a decision (CLEAR is the least severe)");
            }
            NeverFires.why(ast, declared).ifPresent(reason -> problems.warning(whenLine, where + "can never fire: "
                    + reason));
        }
        try {
            return new Rule(id, decision, scope, title, when, at, RUNTIME.createProgram(ast));
        } catch (CelEvaluationException e) {
            problems.error(whenLine, where + "when: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Double> limits(@Nullable Node node, Problems problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            problems.error(line(node), "limits: expected a mapping of name: number");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String v = scalar(t.getValueNode(), "limits." + key(t), problems, true);
            try {
                out.put(key(t), Double.parseDouble(v));
            } catch (NumberFormatException e) {
                problems.error(line(t.getValueNode()), "limits." + key(t) + ": '" + v + "' is not a number");
            }
        }
        return out;
    }

    private static Map<String, List<String>> sets(@Nullable Node node, String where, Problems problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            problems.error(line(node), where + ": expected a mapping of name: [values]");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            List<String> values = new ArrayList<>();
            if (t.getValueNode() instanceof SequenceNode seq) {
                for (Node v : seq.getValue()) {
                    values.add(scalar(v, where + "." + key(t), problems, true));
                }
            } else {
                problems.error(line(t.getValueNode()), where + "." + key(t) + ": expected a list [a, b, c]");
            }
            out.put(key(t), List.copyOf(values));
        }
        return out;
    }

    /** The keys of a mapping, each an allowed one: an unknown key is an error naming its line. */
    private static Map<String, Node> mapping(MappingNode m, Set<String> allowed, String where, Problems problems) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = key(t);
            if (!allowed.contains(k)) {
                problems.error(line(t.getKeyNode()), where + "unknown key '" + k + "'; known: "
                        + allowed.stream().sorted().toList());
            } else {
                out.put(k, t.getValueNode());
            }
        }
        return out;
    }

    private static String scalar(@Nullable Node node, String where, Problems problems, boolean required) {
        if (node == null) {
            if (required) {
                problems.error(0, where + ": required");
            }
            return "";
        }
        if (!(node instanceof ScalarNode s)) {
            problems.error(line(node), where + ": expected a single value");
            return "";
        }
        String v = s.getValue().strip();
        if (v.isEmpty() && required) {
            problems.error(line(node), where + ": required");
        }
        return v;
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private static boolean block(@Nullable Node n) {
        return n instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
    }

    private static boolean folded(@Nullable Node n) {
        return n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    }

    /** The problems of one file. */
    static final class Problems {
        private final String file;
        final List<PolicyProblem> all = new ArrayList<>();

        Problems(String file) {
            this.file = file;
        }

        void error(int line, String message) {
            all.add(new PolicyProblem(file, line, PolicyProblem.ERROR, message));
        }

        void warning(int line, String message) {
            all.add(new PolicyProblem(file, line, PolicyProblem.WARNING, message));
        }

        int errorCount() {
            return (int) all.stream().filter(PolicyProblem::isError).count();
        }
    }
}
