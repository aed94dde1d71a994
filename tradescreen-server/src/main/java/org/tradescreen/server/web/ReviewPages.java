package org.tradescreen.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.tradescreen.audit.AuditRecord;
import org.tradescreen.audit.Verification;
import org.tradescreen.review.Alert;
import org.tradescreen.review.AlertStatus;
import org.tradescreen.review.AllowList;
import org.tradescreen.review.Disposition;
import org.tradescreen.review.ReasonCode;
import org.tradescreen.review.ReviewException;
import org.tradescreen.review.User;
import org.tradescreen.server.context.ServerContext;
import org.tradescreen.server.api.BadRequest;

/**
 * The review pages: sign in with your own key, the alert queue with filters, an alert with its review and the
 * actions open to you, the allow-list, and the audit log. A key signs in once and is not kept: the browser holds
 * a random session token in an HTTP-only, same-site-strict cookie (secure over HTTPS) for eight hours, and every
 * form carries that session's CSRF token, checked before anything changes. The rules are those of the API: the
 * pages call the same {@code Alerts}.
 */
public final class ReviewPages {

    static final String COOKIE = "tradescreen_review";
    private static final Duration SESSION = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One signed-in browser. */
    record Session(User user, String csrf, Instant expires) {
    }

    /** The view of the sign-in page. */
    public record LoginView(@Nullable String error) {
    }

    /** The view of the queue: the filters as given and the alerts shown. */
    public record QueueView(User user, String csrf, String status, String source, String minScore, String maxAgeDays,
                            List<Alert> alerts) {
    }

    /** The view of one alert: the alert, its history in the audit log, and the choices for a proposal. */
    public record AlertView(User user, String csrf, Alert alert, List<AuditRecord> history, List<Disposition> dispositions,
                            List<ReasonCode> reasons, List<org.tradescreen.lists.history.HistoryEvent> timeline,
                            @Nullable String error) {
    }

    /** The view of the case list. */
    public record CasesView(User user, String csrf, List<org.tradescreen.review.Cases.Summary> cases) {
    }

    /** The view of one case: its document (alerts, notes), and the refusal of the last action if any. */
    public record CaseView(User user, String csrf, com.fasterxml.jackson.databind.JsonNode doc, @Nullable String error) {
    }

    /** The view of the allow-list. */
    public record AllowListView(User user, String csrf, List<AllowList.Entry> entries) {
    }

    /**
     * The view of the monitored base: a page of counterparties (names containing {@code q}), what each matches now,
     * the size of the base and how many wait for a first screen, and the recent re-screens.
     */
    public record CounterpartiesView(User user, String csrf, String q, List<Row> rows, int count, int pending,
                                     List<org.tradescreen.monitor.Monitor.Run> runs, @Nullable String next) {

        /** One counterparty and the entries it matches now. */
        public record Row(org.tradescreen.monitor.Counterparty counterparty,
                          List<org.tradescreen.monitor.Monitor.Match> matches) {
        }
    }

    /** The view of the audit page: the check of the whole log and the newest records. */
    public record AuditView(User user, String csrf, Verification verification, List<AuditRecord> records, long size) {
    }

    private final ServerContext context;
    private final Templates templates;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    ReviewPages(ServerContext context, Templates templates) {
        this.context = context;
        this.templates = templates;
    }

    /** The review pages sign users in themselves; the shared read key does not apply to them. */
    public static boolean owns(String path) {
        return path.equals("/review") || path.startsWith("/review/");
    }

    void loginForm(Context ctx) {
        templates.page(ctx, 200, "reviewLogin.jte", new LoginView(null));
    }

    void login(Context ctx) {
        User user = context.users().authenticate(Forms.body(ctx, "key")).orElse(null);
        if (user == null) {
            templates.page(ctx, 401, "reviewLogin.jte", new LoginView("That key is not a user's key."));
            return;
        }
        sessions.values().removeIf(s -> s.expires().isBefore(Instant.now()));
        String token = random();
        sessions.put(token, new Session(user, random(), Instant.now().plus(SESSION)));
        ctx.cookie(new Cookie(COOKIE, token, "/review", (int) SESSION.toSeconds(), ctx.scheme().equals("https"), true,
                null, SameSite.STRICT));
        ctx.redirect("/review/alerts", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        Session s = changing(ctx);
        if (s != null) {
            sessions.remove(ctx.cookie(COOKIE));
            ctx.removeCookie(COOKIE, "/review");
            ctx.redirect("/review/login", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    void queue(Context ctx) {
        Session s = session(ctx);
        if (s == null) {
            return;
        }
        String status = Forms.query(ctx, "status");
        String source = Forms.query(ctx, "source");
        String minScore = Forms.query(ctx, "min_score");
        String maxAge = Forms.query(ctx, "max_age_days");
        double min = number(minScore, "min_score", 0, 1);
        double age = number(maxAge, "max_age_days", 0, 100_000);
        Instant since = maxAge.isEmpty() ? null : Instant.now().minus(Duration.ofMinutes((long) (age * 24 * 60)));
        List<Alert> shown = context.alerts().list(status.isEmpty() ? null : AlertStatus.of(status), 1000).stream()
                .filter(a -> source.isEmpty() || a.entityId().startsWith(source + ":"))
                .filter(a -> a.score() >= min)
                .filter(a -> since == null || Instant.parse(a.createdAt()).isAfter(since))
                .toList();
        templates.page(ctx, 200, "reviewAlerts.jte", new QueueView(s.user(), s.csrf(), status, source, minScore, maxAge,
                shown));
    }

    void alert(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            showAlert(ctx, s, org.tradescreen.server.api.Params.pathNumber(ctx, "id", "an alert or case"), 200, null);
        }
    }

    /** One review action from the alert page; the page is shown again, with the rules' refusal if any. */
    void act(Context ctx) {
        Session s = changing(ctx);
        if (s == null) {
            return;
        }
        long id = org.tradescreen.server.api.Params.pathNumber(ctx, "id", "an alert or case");
        int version;
        try {
            version = Integer.parseInt(Forms.body(ctx, "version"));
        } catch (NumberFormatException e) {
            throw new BadRequest("version: required");
        }
        String note = Forms.body(ctx, "note");
        note = note.isEmpty() ? null : note;
        try {
            switch (ctx.pathParam("action")) {
                case "claim" -> context.alerts().claim(id, s.user(), version);
                case "propose" -> context.alerts().propose(id, s.user(), version,
                        Disposition.of(Forms.body(ctx, "disposition")), ReasonCode.of(Forms.body(ctx, "reason_code")),
                        note);
                case "confirm" -> context.alerts().confirm(id, s.user(), version, note);
                case "send-back" -> context.alerts().sendBack(id, s.user(), version, note);
                case "escalate" -> context.alerts().escalate(id, s.user(), version, note);
                default -> throw new BadRequest("no action " + ctx.pathParam("action"));
            }
        } catch (ReviewException | IllegalArgumentException e) {
            int status = e instanceof ReviewException r && r.kind() == ReviewException.Kind.CONFLICT ? 409
                    : e instanceof ReviewException ? 403 : 400;
            showAlert(ctx, s, id, status, e.getMessage());
            return;
        }
        ctx.redirect("/review/alerts/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void cases(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            templates.page(ctx, 200, "reviewCases.jte", new CasesView(s.user(), s.csrf(), context.cases().list(500)));
        }
    }

    void oneCase(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            templates.page(ctx, 200, "reviewCase.jte", new CaseView(s.user(), s.csrf(), context.cases().document(org.tradescreen.server.api.Params.pathNumber(ctx, "id", "an alert or case")),
                    null));
        }
    }

    /**
     * A case action: a note; or a move, where "propose" submits the case for approval with its outcome, "confirm"
     * closes it (someone other than who proposed) and "send back" returns it to investigation.
     */
    void caseAct(Context ctx) {
        Session s = changing(ctx);
        if (s == null) {
            return;
        }
        long id = org.tradescreen.server.api.Params.pathNumber(ctx, "id", "an alert or case");
        String action = ctx.pathParam("action");
        try {
            if (!s.user().role().canReview()) {
                throw new ReviewException(ReviewException.Kind.FORBIDDEN, s.user().name() + " is "
                        + s.user().role().code() + "; only analysts and supervisors work cases");
            }
            if (action.equals("note")) {
                context.cases().note(id, Forms.body(ctx, "text"), null, null, s.user().name());
            } else {
                int version = Integer.parseInt(Forms.body(ctx, "version"));
                String outcome = Forms.body(ctx, "outcome");
                switch (action) {
                    case "investigate" -> context.cases().move(id, "investigating", null, version, s.user().name());
                    case "propose" -> context.cases().move(id, "pending_approval", outcome, version, s.user().name());
                    case "confirm" -> {
                        if (!s.user().role().canConfirm()) {
                            throw new ReviewException(ReviewException.Kind.FORBIDDEN, "only a supervisor closes a case");
                        }
                        context.cases().move(id, "closed", outcome, version, s.user().name());
                    }
                    case "send-back" -> context.cases().move(id, "investigating", null, version, s.user().name());
                    case "escalate" -> context.cases().move(id, "escalated", null, version, s.user().name());
                    default -> throw new BadRequest("no action " + action);
                }
            }
        } catch (ReviewException | IllegalArgumentException e) {
            int status = e instanceof ReviewException r && r.kind() == ReviewException.Kind.CONFLICT ? 409
                    : e instanceof ReviewException ? 403 : 400;
            templates.page(ctx, status, "reviewCase.jte", new CaseView(s.user(), s.csrf(), context.cases().document(id),
                    e.getMessage()));
            return;
        }
        ctx.redirect("/review/cases/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void allowList(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            templates.page(ctx, 200, "reviewAllowList.jte", new AllowListView(s.user(), s.csrf(),
                    context.alerts().allowList().list()));
        }
    }

    void counterparties(Context ctx) {
        Session s = session(ctx);
        if (s == null) {
            return;
        }
        org.tradescreen.monitor.Monitor monitor = context.monitor();
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<org.tradescreen.monitor.Counterparty> page = monitor.counterparties().page(ctx.queryParam("after"), q,
                COUNTERPARTIES_PER_PAGE);
        List<CounterpartiesView.Row> rows = page.stream()
                .map(c -> new CounterpartiesView.Row(c, monitor.matches(c.id()))).toList();
        String next = page.size() == COUNTERPARTIES_PER_PAGE ? page.get(page.size() - 1).id() : null;
        templates.page(ctx, 200, "reviewCounterparties.jte", new CounterpartiesView(s.user(), s.csrf(), q, rows,
                monitor.counterparties().count(), monitor.counterparties().pendingCount(), monitor.runs(10), next));
    }

    private static final int COUNTERPARTIES_PER_PAGE = 50;

    void audit(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            long size = context.audit().log().size();
            List<AuditRecord> newest = new java.util.ArrayList<>(context.audit().log().records(Math.max(1, size - 49),
                    size));
            java.util.Collections.reverse(newest);
            templates.page(ctx, 200, "reviewAudit.jte", new AuditView(s.user(), s.csrf(), context.audit().log().verify(),
                    newest, size));
        }
    }

    private void showAlert(Context ctx, Session s, long id, int status, @Nullable String error) {
        Alert a = context.alerts().get(id).orElseThrow(() -> new ReviewException(ReviewException.Kind.NOT_FOUND,
                "no alert " + id));
        List<org.tradescreen.lists.history.HistoryEvent> timeline = org.tradescreen.lists.history.EntityHistory
                .of(context.store(), a.entityId()).map(org.tradescreen.lists.history.EntityHistory::events)
                .orElse(List.of());
        templates.page(ctx, status, "reviewAlert.jte", new AlertView(s.user(), s.csrf(), a,
                context.audit().log().about("alert", "alert_id", id), List.of(Disposition.values()),
                List.of(ReasonCode.values()), timeline, error));
    }

    /** The signed-in session, or a redirect to the sign-in page (and null). */
    private @Nullable Session session(Context ctx) {
        String token = ctx.cookie(COOKIE);
        Session s = token == null ? null : sessions.get(token);
        if (s == null || s.expires().isBefore(Instant.now())) {
            ctx.redirect("/review/login", io.javalin.http.HttpStatus.SEE_OTHER);
            return null;
        }
        return s;
    }

    /** The session of a form that changes something, once its CSRF token matches; else 403. */
    private @Nullable Session changing(Context ctx) {
        Session s = session(ctx);
        if (s == null) {
            return null;
        }
        byte[] given = Forms.body(ctx, "csrf").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, s.csrf().getBytes(StandardCharsets.UTF_8))) {
            templates.message(ctx, 403, "Not allowed", "This form is out of date or not from this site; reload the"
                    + " page and try again.");
            return null;
        }
        return s;
    }


    private static double number(String text, String name, double min, double max) {
        if (text.isEmpty()) {
            return min;
        }
        try {
            double v = Double.parseDouble(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadRequest(name + ": a number from " + (int) min + " to " + (int) max + ", got '" + text + "'");
    }

    private static String random() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
