package org.tradescreen.lists.format;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal scope some lists append to a name: "Sinobright Import and Export Company; and any successor,
 * sub-unit, or subsidiary thereof", "Poly Technologies Incorporated (PTI), and its sub-units and successors".
 * The clause says who else the listing covers; it is not part of the name, and left in it would make every
 * screening of the bare name a weak match.
 */
public final class ScopeClause {

    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)\\s*[,;]?\\s+and\\s+(?:any|its|all)\\s+(?:successors?|sub-?units?|subsidiar(?:y|ies))\\b.*$");

    private ScopeClause() {
    }

    /** The name without a trailing scope clause; the name itself when it has none. */
    public static String stripped(String name) {
        Matcher m = CLAUSE.matcher(name);
        return m.find() && m.start() > 0 ? name.substring(0, m.start()).strip() : name;
    }

    /** The clause itself, for the entity's remarks. */
    public static Optional<String> clause(String name) {
        Matcher m = CLAUSE.matcher(name);
        return m.find() && m.start() > 0 ? Optional.of(name.substring(m.start()).replaceFirst("^[\\s,;]+", ""))
                : Optional.empty();
    }
}
