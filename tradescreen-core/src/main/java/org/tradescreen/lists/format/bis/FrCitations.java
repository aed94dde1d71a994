package org.tradescreen.lists.format.bis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Federal Register citations of one Denied Persons entry. {@code FR_Citation} packs one or many
 * with loose punctuation ("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02", "81 F.R.45276 7/13/2016,
 * 82 F.R. 2312 1/9/2017"), and the rows of one party repeat them with small differences. Each text is
 * split into single citations written one way ("81 F.R. 45276 7/13/2016"), which are merged in order of
 * first appearance. A text that does not read cleanly as a list of citations ("82 F.R. 16788, 16789
 * 4/6/2017", "NEW F.R. NOTICE TO BE PUBLISHED SOON") is kept whole, so that nothing is lost.
 */
final class FrCitations {

    private static final Pattern CITATION = Pattern.compile(
            "(\\d+)\\s*\\.?\\s*F\\.?\\s*R\\.?\\s*(\\d+)(?:,?\\s+(\\d{1,2}/\\d{1,2}/\\d{2,4}))?");
    /** What may stand between citations: spaces, punctuation and "and". */
    private static final Pattern SEPARATORS = Pattern.compile("(?i)\\band\\b|[\\s,;.&]");

    private FrCitations() {
    }

    /** The citations of all texts, "; "-joined, or null when there are none. */
    static @Nullable String merge(Collection<String> texts) {
        Set<String> citations = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                split(text, citations);
            }
        }
        return citations.isEmpty() ? null : String.join("; ", citations);
    }

    private static void split(String text, Set<String> into) {
        Matcher m = CITATION.matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group(1) + " F.R. " + m.group(2) + (m.group(3) != null ? " " + m.group(3) : ""));
        }
        String rest = SEPARATORS.matcher(CITATION.matcher(text).replaceAll("")).replaceAll("");
        if (found.isEmpty() || !rest.isEmpty()) {
            into.add(text.strip().replaceAll("\\s+", " "));
        } else {
            into.addAll(found);
        }
    }
}
