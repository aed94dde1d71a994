package org.tradescreen.consign.screen;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.policy.Decision;
import org.tradescreen.consign.policy.Policy;
import org.tradescreen.goods.describe.GoodsClass;
import org.tradescreen.goods.describe.GoodsHit;
import org.tradescreen.goods.describe.GoodsStructure;
import org.tradescreen.match.Hit;
import org.tradescreen.report.ScreenReport;

/**
 * The decision on one consignment, with everything it rests on: the reasons (the rules that fired), each party's
 * list hits and contact matches, each line's goods result, the policy and the list versions applied, and warnings.
 * A record that could not be read has only its id, input line and {@code error}.
 */
public record ConsignmentResult(String consignmentId, @Nullable LocalDate asOf, @Nullable Decision decision, @Nullable List<Reason> reasons,
                                @Nullable List<PartyResult> parties, @Nullable List<LineResult> lines, Policy.@Nullable Stamp policy,
                                @Nullable List<ScreenReport.ListRef> lists, @Nullable List<String> warnings, @Nullable Long inputLine, @Nullable String error) {

    /** A party as screened: its list hits at the policy's lowest limit, and contact points found on lists. */
    public record PartyResult(String role, String name, List<Hit> hits, List<ContactMatch> contacts) {
    }

    /** A contact point of a party that a listed entity carries. */
    public record ContactMatch(String kind, String value, String entityId, String name, String list) {
    }

    /** A goods line as screened, in the shape of the {@code goods} result. */
    public record LineResult(int lineNo, String description, String hsCode,
                             @JsonProperty("class") GoodsClass classification, List<GoodsHit> hits,
                             @Nullable GoodsStructure structure, List<String> warnings) {
    }

    /** A record that could not be read. */
    public static ConsignmentResult error(String consignmentId, long inputLine, @Nullable String error) {
        return new ConsignmentResult(consignmentId, null, null, null, null, null, null, null, null, inputLine, error);
    }

    public boolean failed() {
        return error != null;
    }
}
