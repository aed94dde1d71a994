package org.tradescreen.consign.screen;

import java.util.ArrayList;
import java.util.List;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.match.Hit;
import org.tradescreen.report.ScreenReport;
import org.tradescreen.review.Alerts;
import org.tradescreen.review.Subject;

/** The alerts a consignment decision raises: on REVIEW or HOLD, one per party hit (a CLEAR needs nobody). */
public final class ConsignmentAlerts {

    private ConsignmentAlerts() {
    }

    public static List<Alerts.Raise> of(ConsignmentResult r) {
        if (r.decision() != Decision.REVIEW && r.decision() != Decision.HOLD || r.parties() == null) {
            return List.of();
        }
        List<Alerts.Raise> out = new ArrayList<>();
        for (ConsignmentResult.PartyResult party : r.parties()) {
            if (party.hits() == null || party.name() == null) {
                continue;
            }
            Subject subject = new Subject(r.consignmentId() + "/" + party.role(), party.name(), null, null, null,
                    List.of());
            for (Hit h : party.hits()) {
                out.add(Alerts.Raise.of(subject, h, version(r, h.source()), "consignment",
                        r.decision().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return out;
    }

    private static String version(ConsignmentResult r, String source) {
        if (r.lists() != null) {
            for (ScreenReport.ListRef l : r.lists()) {
                if (l.source().equals(source)) {
                    return l.source() + ":" + l.version();
                }
            }
        }
        return source;
    }
}
