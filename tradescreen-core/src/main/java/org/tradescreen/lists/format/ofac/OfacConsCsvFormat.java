package org.tradescreen.lists.format.ofac;

import java.util.regex.Pattern;
import org.tradescreen.model.Listing;

/**
 * OFAC's Consolidated Sanctions List of non-SDN lists (SSI, NS-MBS, CMIC, PLC, FSE, 561…) as its legacy
 * CSV set: {@code cons_prim.csv} with the optional {@code cons_add.csv}, {@code cons_alt.csv} and
 * {@code cons_comments.csv}, laid out as the SDN set. Every entry is filed under the listing "CONS",
 * not under a guessed sub-list: the set does not say which sub-list an entry is on, and its program
 * codes do not tell (the CSL of November 2023 files "UKRAINE-EO13662; RUSSIA-EO14024" entries under
 * both SSI and NS-MBS). The programs themselves are kept. Only files named {@code cons_prim*.csv} and
 * folders holding {@code cons_prim.csv} are recognised; an unnamed file of that layout reads as SDN.
 */
public final class OfacConsCsvFormat extends OfacCsvFormat {

    public static final String NAME = "ofac-cons-csv";

    public OfacConsCsvFormat() {
        super(NAME, "us-ofac-cons",
                new Listing("CONS", "Consolidated Sanctions List (Non-SDN Lists)", null, null, null, null, null),
                new Layout("cons_prim.csv", Pattern.compile("(?i)cons_prim(?:[ _.-].*)?\\.csv"),
                        "cons_add.csv", "cons_alt.csv", "cons_comments.csv"),
                false);
    }
}
