package org.tradescreen.consign.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Consignment;
import org.tradescreen.consign.GoodsLine;
import org.tradescreen.consign.Party;
import org.tradescreen.model.Dates;

/**
 * Reads one consignment from its JSON form (a manifest line, an API request, or the rows of a CSV manifest made
 * into that form), so that every surface reads and checks consignments alike. A value of the wrong type or outside
 * its set (a mode that is not mail, express or cargo) makes the record bad, naming the field; a value the standards
 * do not know (a country code, an S10 check digit, an HS code) is kept going past with a warning, and the policy
 * decides. Missing parties or descriptions are not errors either: they are facts for the policy.
 */
public final class JsonConsignments {

    /** More than any real consignment; a record past it is refused rather than screened for minutes. */
    public static final int MAX_PARTIES = 50;
    public static final int MAX_LINES = 999;

    private JsonConsignments() {
    }

    /**
     * @throws IllegalArgumentException naming the field, when the record cannot be read
     */
    public static Consignment read(JsonNode node) {
        try {
            return new Reader().consignment(node);
        } catch (ManifestException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The {@code consignment_id} of a record, as far as it can be read, for the error of a bad one. */
    public static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("consignment_id");
        return id != null && (id.isTextual() || id.isNumber()) ? id.asText() : "";
    }

    /** One record's reading, collecting its warnings. */
    private static final class Reader {
        private final List<String> warnings = new ArrayList<>();

        Consignment consignment(JsonNode node) {
            if (node == null || !node.isObject()) {
                throw new ManifestException("the record is not a JSON object");
            }
            String id = text(node, "consignment_id", "consignment_id");
            if (id.isEmpty()) {
                throw new ManifestException("consignment_id: required");
            }
            LocalDate asOf = date(node, "as_of");
            String mode = oneOf(node, "mode", Consignment.MODES);
            String direction = oneOf(node, "direction", Consignment.DIRECTIONS);
            String doc = text(node, "transport_doc", "transport_doc");
            if (Standards.looksLikeS10(doc) && !Standards.s10CheckDigitValid(doc)) {
                warnings.add("transport_doc: '" + doc + "' fails the UPU S10 check digit");
            }
            Consignment.Route route = route(node.get("route"));
            List<Party> parties = new ArrayList<>();
            JsonNode ps = array(node, "parties", MAX_PARTIES);
            for (int i = 0; i < ps.size(); i++) {
                parties.add(party(ps.get(i), "parties[" + i + "]."));
            }
            String category = text(node, "category", "category");
            Consignment.Totals total = totals(node.get("total"));
            List<GoodsLine> lines = new ArrayList<>();
            JsonNode ls = array(node, "lines", MAX_LINES);
            for (int i = 0; i < ls.size(); i++) {
                lines.add(line(ls.get(i), i, "lines[" + i + "]."));
            }
            return new Consignment(id, asOf, mode, text(node, "service", "service"), direction, doc, route, parties,
                    category, total, lines, warnings);
        }

        private Consignment.Route route(JsonNode r) {
            if (r == null || r.isNull()) {
                return Consignment.Route.NONE;
            }
            if (!r.isObject()) {
                throw new ManifestException("route: expected an object {origin, transit, destination}");
            }
            List<String> transit = new ArrayList<>();
            JsonNode t = r.get("transit");
            if (t != null && t.isArray()) {
                for (int i = 0; i < t.size(); i++) {
                    String c = country(scalar(t.get(i), "route.transit[" + i + "]"), "route.transit[" + i + "]");
                    if (!c.isEmpty()) {
                        transit.add(c);
                    }
                }
            } else if (t != null && !t.isNull()) {
                // The CSV form writes "HK|SG" in one cell.
                for (String part : scalar(t, "route.transit").split("\\|")) {
                    String c = country(part, "route.transit");
                    if (!c.isEmpty()) {
                        transit.add(c);
                    }
                }
            }
            return new Consignment.Route(country(text(r, "origin", "route.origin"), "route.origin"), transit,
                    country(text(r, "destination", "route.destination"), "route.destination"));
        }

        private Party party(JsonNode p, String where) {
            if (p == null || !p.isObject()) {
                throw new ManifestException(where.substring(0, where.length() - 1) + ": expected an object");
            }
            String role = text(p, "role", where + "role").toLowerCase(Locale.ROOT);
            if (!Party.ROLES.contains(role)) {
                throw new ManifestException(where + "role: " + (role.isEmpty() ? "required" : "'" + role + "' is not")
                        + " one of " + String.join(", ", Party.ROLES));
            }
            String line = "";
            String city = "";
            String country = "";
            JsonNode a = p.get("address");
            if (a != null && a.isObject()) {
                line = text(a, "line", where + "address.line");
                city = text(a, "city", where + "address.city");
                country = country(text(a, "country", where + "address.country"), where + "address.country");
            } else if (a != null && !a.isNull()) {
                line = scalar(a, where + "address");
            }
            return new Party(role, text(p, "name", where + "name"), line, city, country,
                    text(p, "phone", where + "phone"), text(p, "email", where + "email"));
        }

        private GoodsLine line(JsonNode l, int index, String where) {
            if (l == null || !l.isObject()) {
                throw new ManifestException(where.substring(0, where.length() - 1) + ": expected an object");
            }
            Double no = number(l, "line_no", where + "line_no");
            if (no != null && (no != Math.rint(no) || no < 1 || no > 1_000_000)) {
                throw new ManifestException(where + "line_no: '" + l.get("line_no").asText() + "' is not a line number");
            }
            String hsText = text(l, "hs_code", where + "hs_code");
            String hs = Standards.hsCode(hsText);
            if (!hsText.isEmpty() && hs.isEmpty()) {
                warnings.add(where + "hs_code: '" + hsText + "' is not an HS code of 6 to 10 digits");
            }
            return new GoodsLine(no == null ? index + 1 : no.intValue(), text(l, "description", where + "description"),
                    number(l, "quantity", where + "quantity"), text(l, "unit", where + "unit"),
                    number(l, "net_weight_kg", where + "net_weight_kg"), number(l, "value", where + "value"),
                    text(l, "currency", where + "currency"), hs,
                    country(text(l, "origin_country", where + "origin_country"), where + "origin_country"),
                    text(l, "cas", where + "cas"), text(l, "smiles", where + "smiles"));
        }

        private Consignment.Totals totals(JsonNode t) {
            if (t == null || t.isNull()) {
                return Consignment.Totals.NONE;
            }
            if (!t.isObject()) {
                throw new ManifestException("total: expected an object {gross_weight_kg, value, currency}");
            }
            return new Consignment.Totals(number(t, "gross_weight_kg", "total.gross_weight_kg"),
                    number(t, "value", "total.value"), text(t, "currency", "total.currency"));
        }

        /** An ISO alpha-2 code, or empty with a warning when the text is no known country. */
        private String country(String text, String where) {
            if (text.isEmpty()) {
                return "";
            }
            return Standards.country(text).orElseGet(() -> {
                warnings.add(where + ": '" + text + "' is not an ISO 3166 country code");
                return "";
            });
        }

        private static String oneOf(JsonNode node, String field, List<String> allowed) {
            String v = text(node, field, field).toLowerCase(Locale.ROOT);
            if (!v.isEmpty() && !allowed.contains(v)) {
                throw new ManifestException(field + ": '" + v + "' is not " + String.join(", ", allowed.subList(0,
                        allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1));
            }
            return v;
        }

        private static @Nullable LocalDate date(JsonNode node, String field) {
            try {
                return Dates.parse(text(node, field, field), field);
            } catch (IllegalArgumentException e) {
                throw new ManifestException(e.getMessage());
            }
        }

        private static JsonNode array(JsonNode node, String field, int max) {
            JsonNode a = node.get(field);
            if (a == null || a.isNull()) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            }
            if (!a.isArray()) {
                throw new ManifestException(field + ": expected an array");
            }
            if (a.size() > max) {
                throw new ManifestException(field + ": " + a.size() + " entries; at most " + max);
            }
            return a;
        }

        /** Text, or a number written as text; empty when absent. */
        private static String text(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? "" : scalar(v, where);
        }

        private static String scalar(JsonNode v, String where) {
            if (v.isTextual() || v.isNumber() || v.isBoolean()) {
                return v.asText().strip();
            }
            throw new ManifestException(where + ": expected text, got " + v.getNodeType().toString().toLowerCase(Locale.ROOT));
        }

        private static @Nullable Double number(JsonNode node, String field, String where) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                return null;
            }
            if (v.isNumber()) {
                return v.asDouble();
            }
            if (v.isTextual()) {
                try {
                    double d = Double.parseDouble(v.asText().strip());
                    if (Double.isFinite(d)) {
                        return d;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            throw new ManifestException(where + ": '" + v.asText() + "' is not a number");
        }
    }
}
