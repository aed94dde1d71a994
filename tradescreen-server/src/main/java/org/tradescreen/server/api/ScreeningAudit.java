package org.tradescreen.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.audit.AuditWriter;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;
import org.tradescreen.match.Query;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Subject;

/**
 * What the API records of a screening before it answers: the endpoint, the queries, the date, threshold and
 * algorithm, the list versions screened against, and each query's hits. The caller is named by address until
 * users sign in (issue 13, users and roles).
 */
final class ScreeningAudit {

    /** One query of a request and its hits. */
    record Screened(@Nullable String id, Query query, List<Hit> hits) {
    }

    private ScreeningAudit() {
    }

    static void screens(AuditWriter audit, Context ctx, String endpoint, @Nullable LocalDate asOf, double threshold,
                        String algorithm, Coverage coverage, List<Screened> screened) {
        ObjectNode p = JsonNodeFactory.instance.objectNode()
                .put("endpoint", endpoint)
                .put("as_of", asOf == null ? null : asOf.toString())
                .put("threshold", threshold)
                .put("algorithm", algorithm)
                .put("coverage_complete", coverage.complete());
        p.set("lists", AuditFacts.lists(coverage.used()));
        ArrayNode queries = p.putArray("queries");
        for (Screened s : screened) {
            ObjectNode q = queries.addObject().put("id", s.id()).put("name", s.query().name())
                    .put("type", s.query().type() == null ? null : s.query().type().code())
                    .put("country", s.query().country())
                    .put("dob", s.query().birthDate() == null ? null : s.query().birthDate().toString());
            ArrayNode hits = q.putArray("hits");
            s.hits().forEach(h -> hits.addObject().put("entity_id", h.entityId()).put("score", h.score())
                    .put("matched_name", h.matchedName()));
        }
        audit.record("screen", actor(ctx), p);
    }

    /** The alerts of screened queries: one per hit, on the subject as queried (issue 13: batches, recorded screens). */
    static List<Alerts.Raise> alerts(List<Screened> screened, Coverage coverage, String origin) {
        List<Alerts.Raise> out = new java.util.ArrayList<>();
        for (Screened s : screened) {
            if (s.hits().isEmpty()) {
                continue;
            }
            Query q = s.query();
            Subject subject = new Subject(s.id(), q.name(), q.type() == null ? null : q.type().code(), q.country(),
                    q.birthDate() == null ? null : q.birthDate().toString(),
                    q.identifiers().stream().map(i -> i.value()).toList());
            for (Hit h : s.hits()) {
                String version = coverage.used().stream().filter(v -> v.source().equals(h.source())).findFirst()
                        .map(v -> v.source() + ":" + v.version()).orElse(h.source());
                out.add(Alerts.Raise.of(subject, h, version, origin, origin));
            }
        }
        return out;
    }

    static void consignments(AuditWriter audit, Context ctx, List<JsonNode> payloads) {
        payloads.forEach(p -> audit.record("consignment", actor(ctx), p));
    }

    static String actor(Context ctx) {
        return "api:" + ctx.ip();
    }
}
