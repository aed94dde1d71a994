package org.tradescreen.lists.format.csl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSL entry as read from either the CSV or the JSON form, field by CSL field name. In the CSV form
 * multi-valued fields are joined with "; "; in JSON they are arrays. Both read the same through here.
 */
interface CslRecord {

    /** The single value of a field, or null when absent or blank. */
    @Nullable String value(String field);

    /** The values of a multi-valued field; empty when absent. */
    List<String> values(String field);

    /** Structured addresses, as the JSON form has them; the CSV form gives one line each. */
    List<org.tradescreen.model.Address> addresses();

    /** Where this record is, for error messages: line number or array index. */
    long position();
}
