package org.tradescreen.consign.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of every fact variable a rule can read, and the values of those that take few: the contract between
 * the screening, which fills them, and the policy, whose conditions are checked against it when loaded (a field
 * that does not exist is an error; a comparison with a value a field never takes is a rule that can never fire).
 * Every field is always present, so a condition never meets a missing key. Documented in docs/consignments.md.
 */
public final class FactSchema {

    /** One field: its CEL type ({@code string, int, double, bool, list}), and the values it can take, when few. */
    public record Field(String type, Set<String> values) {
        static Field of(String type) {
            return new Field(type, Set.of());
        }

        static Field oneOf(String... values) {
            return new Field("string", Set.of(values));
        }
    }

    public static final Map<String, Map<String, Field>> VARIABLES = variables();
    /** List fields whose elements are facts of another variable: {@code consignment.lines} holds lines. */
    public static final Map<String, String> ELEMENTS = Map.of("lines", "line", "parties", "party");

    private FactSchema() {
    }

    private static Map<String, Map<String, Field>> variables() {
        Map<String, Map<String, Field>> v = new LinkedHashMap<>();
        v.put("consignment", fields(
                "id", "string", "as_of", "string", "mode", Field.oneOf("mail", "express", "cargo", ""),
                "direction", Field.oneOf("import", "export", ""), "service", "string", "category", "string",
                "transport_doc", "string", "origin", "string", "destination", "string", "transit", "list",
                "countries", "list", "has_sender", "bool", "described", "bool", "party_count", "int",
                "line_count", "int", "value", "double", "currency", "string", "gross_weight_kg", "double",
                "lists_missing", "bool", "no_lists", "bool", "parties", "list", "lines", "list"));
        v.put("party", fields(
                "role", Field.oneOf("shipper", "consignee", "notify", "seller", "buyer", "final_recipient"),
                "name", "string", "name_words", "list", "name_phrases", "list", "address", "string", "city", "string",
                "country", "string", "phone", "string", "phone_e164", "string", "email", "string",
                "email_domain", "string", "hit_count", "int", "contact_count", "int"));
        v.put("hit", fields(
                "entity_id", "string", "name", "string", "matched_name", "string", "source", "string", "list", "string",
                "list_name", "string", "programs", "list", "score", "double", "listed_on", "string",
                "weak_alias", "bool", "contradicted", "bool", "contradictions", "list", "custom", "bool",
                "by_identifier", "bool"));
        v.put("contact", fields(
                "kind", Field.oneOf("phone", "email", "domain", "address"), "value", "string", "entity_id", "string",
                "name", "string", "source", "string", "list", "string", "listed_on", "string", "custom", "bool",
                "name_matched", "bool", "name_score", "double"));
        v.put("line", fields(
                "line_no", "int", "description", "string", "text", "string", "words", "list", "phrases", "list",
                "hs", "string", "hs6", "string", "hs_chapter", "string", "cas", "string",
                "class", Field.oneOf("fentanyl-related", "precursor", "controlled", "none"), "substances", "list",
                "substance_ids", "list", "substance_chapters", "list", "chemical", "bool", "precursor_not_yet", "bool",
                "watch_chemical", "bool", "invalid_cas", "bool", "cas_only", "bool", "structure_error", "bool",
                "quantity", "double", "unit", "string", "value", "double", "net_weight_kg", "double",
                "origin_country", "string"));
        return v;
    }

    private static Map<String, Field> fields(Object... pairs) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1] instanceof Field f ? f : Field.of((String) pairs[i + 1]));
        }
        return m;
    }

    /** The fields of {@code variable}, in order. */
    public static List<String> fieldNames(String variable) {
        return List.copyOf(VARIABLES.get(variable).keySet());
    }
}
