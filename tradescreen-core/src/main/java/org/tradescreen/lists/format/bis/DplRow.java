package org.tradescreen.lists.format.bis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tradescreen.lists.format.CsvTable;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.model.Address;
import org.tradescreen.model.Countries;

/**
 * One row of the Denied Persons List, read and checked: a name, one address and the order's dates and
 * citations. Several rows make one party when they share {@link #partyKey()}.
 */
record DplRow(long line, String name, Address address, LocalDate effective, @Nullable LocalDate expiration,
              @Nullable String standardOrder, @Nullable String citation) {

    /** Rows with equal keys are one denial order against one party, listed at several addresses. */
    record PartyKey(String name, LocalDate effective) {
    }

    static DplRow of(CsvTable.Row row) {
        String name = row.get("Name");
        if (name == null) {
            throw row.error("Name", "the row has no name");
        }
        LocalDate effective = date(row, "Effective_Date");
        if (effective == null) {
            throw row.error("Effective_Date", "the row has no effective date");
        }
        String country = row.get("Country");
        Address address = new Address(row.get("Street_Address"), row.get("City"), row.get("State"),
                row.get("Postal_Code"), country, Countries.code(country).orElse(null));
        // Names carry stray runs of spaces ("AL-NASER  AIRLINES"); one space reads the same and merges right.
        return new DplRow(row.line(), name.replaceAll("\\s+", " "), address, effective,
                date(row, "Expiration_Date"), row.get("Standard_Order"), row.get("FR_Citation"));
    }

    PartyKey partyKey() {
        return new PartyKey(name, effective);
    }

    private static @Nullable LocalDate date(CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return ListDates.day(text, false)
                .orElseThrow(() -> row.error(column, "not a MM/DD/YYYY date ('" + text + "')"));
    }
}
