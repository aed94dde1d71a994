package org.tradescreen.lists.format.ofac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradescreen.lists.format.ListDates;
import org.tradescreen.model.Countries;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;

/**
 * Takes apart the Remarks text of an OFAC entry, "DOB 28 Jul 1963; POB Toledo District, Belize;
 * Passport P0017003 (Belize); a.k.a. 'BURTON BURGESS'.", into the fields matching needs: birth dates,
 * birth places, nationalities, gender, identifiers, weak aliases, and "Linked To:" remarks. Items are
 * separated by ";" and may start with "alt.". The whole text is always kept as the first remark, so
 * an item this class does not understand is still there.
 */
final class OfacRemarks {

    private static final Pattern ITEM_SEPARATOR = Pattern.compile(";\\s*");
    private static final Pattern ALT = Pattern.compile("^[Aa]lt\\.\\s+");
    private static final Pattern LABELLED = Pattern.compile("(DOB|POB|nationality|citizen|Gender|Linked To):?\\s+(.+)");
    /** OFAC's low-quality names: "a.k.a. 'HESA'", "f.k.a. 'ANA I'"; the quotes may hold apostrophes. */
    private static final Pattern QUOTED_NAME = Pattern.compile("([afn])\\.k\\.a\\.\\s+'(.+)'");
    /** "1960 to 1962", "01 Jan 1960 to 31 Dec 1962", and after "circa" also "1958-1960". */
    private static final Pattern DATE_RANGE = Pattern.compile("\\s+to\\s+|(?<=^\\d{4})-(?=\\d{4}$)");

    private OfacRemarks() {
    }

    /**
     * Adds what {@code text} states to {@code b}. When {@code lastItemCut}, the text was cut at
     * OFAC's fixed length with no continuation to join, and its last item is left unread rather
     * than read wrong ("a.k.a. 'ABU 'U" is not a name).
     */
    static void read(String text, boolean lastItemCut, Entity.Builder b) {
        b.remark(text);
        String body = text.strip();
        if (!lastItemCut && body.endsWith(".")) {
            body = body.substring(0, body.length() - 1); // the period closing the whole text
        }
        List<String> items = new ArrayList<>(Arrays.asList(ITEM_SEPARATOR.split(body)));
        if (lastItemCut) {
            items.remove(items.size() - 1);
        }
        for (String item : items) {
            if (!item.isBlank()) {
                item(item.strip(), b);
            }
        }
    }

    private static void item(String item, Entity.Builder b) {
        String bare = ALT.matcher(item).replaceFirst("");
        Matcher m = LABELLED.matcher(bare);
        if (m.matches()) {
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "DOB" -> birthDate(item, value, b);
                case "POB" -> b.birthPlace(value);
                case "nationality", "citizen" -> b.nationality(Countries.code(value).orElse(value));
                case "Gender" -> b.gender(value);
                default -> b.remark(item); // Linked To
            }
            return;
        }
        Matcher name = QUOTED_NAME.matcher(bare);
        if (name.matches()) {
            String value = name.group(2).strip();
            if (!value.isEmpty()) {
                NameKind kind = name.group(1).equals("f") ? NameKind.FORMER : NameKind.ALIAS;
                b.name(Name.of(value, kind, true));
            }
            return;
        }
        IdentifierLabels.read(bare).ifPresent(b::identifier);
    }

    /**
     * "DOB 12 Jan 1970", "DOB 1962", "DOB Jan 1970". An approximate date ("circa 1951") or a range
     * ("1960 to 1962") gives every date it names, and the item is kept as a remark as well, since a
     * list of dates cannot say "about" or "between". Text that is not a date stays a remark only.
     */
    private static void birthDate(String item, String value, Entity.Builder b) {
        boolean circa = value.startsWith("circa ");
        String[] ends = DATE_RANGE.split(circa ? value.substring("circa ".length()).strip() : value);
        List<PartialDate> dates = Arrays.stream(ends)
                .map(end -> ListDates.partial(end, true))
                .flatMap(Optional::stream)
                .toList();
        boolean allRead = dates.size() == ends.length;
        if (allRead) {
            dates.forEach(b::birthDate);
        }
        if (circa || ends.length > 1 || !allRead) {
            b.remark(item);
        }
    }
}
