package org.tradescreen.match.normalize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stems of a name word inflected the Baltic or Slavic way, so that a name written in those languages meets
 * its plain form: Latvian adds "-s" or "-is" to men's names ("Džons Smits" for John Smith), Lithuanian "-as",
 * "-is", "-ys", "-us", "-ius" ("Smitas", "Jonas"), and women's surnames end in "-iene", "-aite", "-yte", "-ute"
 * (Lithuanian) or "-ova" (Czech, Slovak: "Nováková" for Novák). Both Latvian and Lithuanian write an English
 * "j" as "dž", and Russian as "дж" ("dzh"), so a word starting so is also given with "j". Works on tokens the
 * chain has folded to ASCII; a stem keeps at least three letters. Which stem is meant is not known, so all are
 * given and the scorer tries each.
 */
public final class NameEndings {

    private static final int MIN_STEM = 3;
    // longest first, so a stem is not cut twice ("-ius" before "-us")
    private static final List<String> ENDINGS = List.of("iene", "aite", "iute", "ius", "yte", "ute", "ova",
            "as", "is", "ys", "us", "s");

    private NameEndings() {
    }

    /** The word's stems and respellings, without the word itself; empty when it has none. */
    public static Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (word.length() < MIN_STEM + 1) {
            return out;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return out; // a loop, not a stream: every list name a screen reaches is stemmed
            }
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                out.add(word.substring(0, word.length() - ending.length()));
            }
        }
        if (word.startsWith("dz")) {
            String j = "j" + word.substring(word.startsWith("dzh") ? 3 : 2);
            out.add(j);
            for (String stem : List.copyOf(out)) {
                if (stem.startsWith("dz")) {
                    out.add("j" + stem.substring(stem.startsWith("dzh") ? 3 : 2));
                }
            }
        }
        out.remove(word);
        return out;
    }
}
