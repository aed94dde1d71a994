package org.tradescreen.lists.format.ofac;

import java.util.regex.Pattern;
import org.tradescreen.model.Listing;

/**
 * The OFAC Specially Designated Nationals list as its legacy CSV set: {@code sdn.csv} with the optional
 * {@code add.csv}, {@code alt.csv} and {@code sdn_comments.csv} beside it. Every entry is filed under
 * the listing "SDN". Recognises the set's folder, {@code sdn.csv} and dated captures such as
 * {@code sdn_2024-05-03.csv}, and, less surely, any headerless file whose first row reads like an entry.
 */
public final class OfacSdnCsvFormat extends OfacCsvFormat {

    public static final String NAME = "ofac-csv";

    public OfacSdnCsvFormat() {
        super(NAME, "us-ofac-sdn",
                new Listing("SDN", "Specially Designated Nationals and Blocked Persons List",
                        null, null, null, null, null),
                new Layout("sdn.csv", Pattern.compile("(?i)sdn(?:[ _.-](?!comments).*)?\\.csv"),
                        "add.csv", "alt.csv", "sdn_comments.csv"),
                true);
    }
}
