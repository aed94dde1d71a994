package org.tradescreen.consign;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One consignment as a postal operator, an express carrier or customs decides on it: a mail item, an express
 * shipment or a cargo house bill. The fields follow the electronic advance data of postal items (UPU ITMATT,
 * CN22/CN23) and the express and cargo manifests of US STOP Act and EU ICS2 filings. Text fields are never null
 * (empty when absent); {@code asOf} is null when the record gives no date.
 *
 * @param asOf         the consignment's date: lists and controls are applied as they stood that day
 * @param mode         {@code mail}, {@code express} or {@code cargo}, or empty
 * @param direction    {@code import} or {@code export}, or empty
 * @param transportDoc the item id (UPU S10 for mail), air waybill or bill of lading
 * @param category     the CN23 category ({@code sale_of_goods}, {@code gift}, {@code commercial_sample}…) or empty
 * @param warnings     what the reader noticed and kept going past: an unknown country code, a bad S10 check digit
 */
public record Consignment(String id, @Nullable LocalDate asOf, String mode, String service, String direction,
                          String transportDoc, Route route, List<Party> parties, String category, Totals total,
                          List<GoodsLine> lines, List<String> warnings) {

    public static final List<String> MODES = List.of("mail", "express", "cargo");
    public static final List<String> DIRECTIONS = List.of("import", "export");

    public Consignment {
        parties = List.copyOf(parties);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /**
     * Origin, transit and destination, as ISO 3166 alpha-2 codes in upper case (empty when not given).
     */
    public record Route(String origin, List<String> transit, String destination) {
        public static final Route NONE = new Route("", List.of(), "");

        public Route {
            transit = List.copyOf(transit);
        }
    }

    /** The declared totals; null numbers are absent. */
    public record Totals(@Nullable Double grossWeightKg, @Nullable Double value, String currency) {
        public static final Totals NONE = new Totals(null, null, "");
    }
}
