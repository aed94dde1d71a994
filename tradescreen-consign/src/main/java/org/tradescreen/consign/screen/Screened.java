package org.tradescreen.consign.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tradescreen.consign.Consignment;
import org.tradescreen.consign.GoodsLine;
import org.tradescreen.consign.Party;
import org.tradescreen.consign.contact.ContactIndex;
import org.tradescreen.goods.describe.GoodsResult;
import org.tradescreen.match.Coverage;
import org.tradescreen.match.Hit;

/**
 * What the screening found for one consignment, before the policy decides: each party's hits and contact matches,
 * each line's goods result, and the facts the rules read, built once.
 */
public record Screened(Consignment consignment, LocalDate asOf, Coverage coverage, List<PartyScreened> parties,
                List<LineScreened> lines) {

    /** A party and what was found of it; {@code facts} of the party, and of each hit and contact, in order. */
    public record PartyScreened(Party party, List<Hit> hits, List<ContactIndex.Match> contacts,
                         Map<String, Object> facts, List<Map<String, Object>> hitFacts,
                         List<Map<String, Object>> contactFacts) {

        ConsignmentResult.PartyResult result() {
            return new ConsignmentResult.PartyResult(party.role(), party.name(), hits, contacts.stream()
                    .map(m -> new ConsignmentResult.ContactMatch(m.kind().code(), m.value(), m.entity().id(),
                            m.entity().primaryName(), FactBuilder.listOf(m.entity()))).toList());
        }
    }

    /** A goods line and its goods result; {@code structureError} when its SMILES could not be read. */
    public record LineScreened(GoodsLine line, GoodsResult goods, @Nullable String structureError, Map<String, Object> facts) {

        ConsignmentResult.LineResult result() {
            List<String> warnings = structureError == null ? goods.warnings()
                    : java.util.stream.Stream.concat(goods.warnings().stream(), java.util.stream.Stream.of(
                            "smiles: " + structureError)).toList();
            return new ConsignmentResult.LineResult(line.lineNo(), line.description(), line.hsCode(),
                    goods.classification(), goods.hits(), goods.structure(), warnings);
        }
    }
}
