package org.tradescreen.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tradescreen.match.Feature.Label;
import org.tradescreen.match.index.ScreeningIndex;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.model.Address;
import org.tradescreen.model.Entity;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.PartialDate;

/**
 * Moves a name score with what else the query and the entity say. A birth date more than a year off
 * makes another person of a namesake; agreeing dates and countries add a little; an identifier that
 * matches exactly (passport, IMO, registration number) makes the hit certain. Each effect is recorded
 * as a {@link Feature} for the explanation.
 */
final class Corroboration {

    /** The final score and the features that made it. */
    record Outcome(double score, List<Feature> features) {
    }

    private Corroboration() {
    }

    static Outcome apply(Query q, Entity e, double nameScore, boolean weakAlias) {
        List<Feature> features = new ArrayList<>();
        double factor = 1.0;
        double bonus = 0.0;
        if (weakAlias) {
            factor *= Tuning.WEAK_ALIAS_FACTOR;
            features.add(new Feature(Label.WEAK_ALIAS, Feature.Outcome.WEAK, Tuning.WEAK_ALIAS_FACTOR, 0,
                    "matched a low-quality alias"));
        }
        if (q.type() != EntityType.UNKNOWN && e.type() != EntityType.UNKNOWN && q.type() != e.type()) {
            factor *= Tuning.TYPE_MISMATCH_FACTOR;
            features.add(new Feature(Label.ENTITY_TYPE, Feature.Outcome.MISMATCH, Tuning.TYPE_MISMATCH_FACTOR, 0,
                    q.type().code() + " against " + e.type().code()));
        }
        if (q.birthDate() != null && !e.birthDates().isEmpty()) {
            Feature f = birthDate(q.birthDate(), e.birthDates());
            features.add(f);
            factor *= f.factor();
            bonus += f.bonus();
        }
        if (q.country() != null) {
            Set<String> countries = countries(e);
            if (!countries.isEmpty()) {
                String c = q.country().toUpperCase(Locale.ROOT);
                boolean match = countries.contains(c);
                Feature f = match
                        ? new Feature(Label.COUNTRY, Feature.Outcome.MATCH, 1, Tuning.COUNTRY_MATCH_BONUS, c)
                        : new Feature(Label.COUNTRY, Feature.Outcome.MISMATCH, Tuning.COUNTRY_MISMATCH_FACTOR, 0,
                        c + " not in " + countries);
                features.add(f);
                factor *= f.factor();
                bonus += f.bonus();
            }
        }
        double score = Math.min(1.0, nameScore * factor + (nameScore > 0 ? bonus : 0));
        Identifier same = sameIdentifier(q.identifiers(), e.identifiers());
        if (same != null) {
            features.add(new Feature(Label.IDENTIFIER, Feature.Outcome.MATCH, 1, 0, same.type() + " " + same.value()));
            score = Math.max(score, 0.99);
        }
        return new Outcome(score, features);
    }

    /**
     * Dates agree when they agree to the precision both give, also with day and month swapped (lists
     * and users confuse the two). A year apart is tolerated (lists give approximate years); more is a
     * mismatch.
     */
    static Feature birthDate(PartialDate query, List<PartialDate> listed) {
        int bestGap = Integer.MAX_VALUE;
        for (PartialDate d : listed) {
            if (agrees(query, d) || (query.day() != null && query.day() <= 12
                    && agrees(new PartialDate(query.year(), query.day(), query.month()), d))) {
                return new Feature(Label.DATE_OF_BIRTH, Feature.Outcome.MATCH, 1, Tuning.DOB_MATCH_BONUS,
                        query + " ~ " + d);
            }
            bestGap = Math.min(bestGap, Math.abs(query.year() - d.year()));
        }
        if (bestGap <= 1) {
            return new Feature(Label.DATE_OF_BIRTH, Feature.Outcome.NEAR, 1, 0, query + " within a year of " + listed);
        }
        return new Feature(Label.DATE_OF_BIRTH, Feature.Outcome.MISMATCH, Tuning.DOB_MISMATCH_FACTOR, 0,
                query + " not " + listed);
    }

    private static boolean agrees(PartialDate a, PartialDate b) {
        if (a.year() != b.year()) {
            return false;
        }
        if (a.month() == null || b.month() == null) {
            return true;
        }
        if (!a.month().equals(b.month())) {
            return false;
        }
        return a.day() == null || b.day() == null || a.day().equals(b.day());
    }

    private static Set<String> countries(Entity e) {
        Set<String> out = new HashSet<>();
        for (String n : e.nationalities()) {
            if (n.length() == 2) {
                out.add(n.toUpperCase(Locale.ROOT));
            }
        }
        for (Address a : e.addresses()) {
            if (a.countryCode() != null) {
                out.add(a.countryCode());
            }
        }
        return out;
    }

    private static @Nullable Identifier sameIdentifier(List<Identifier> query, List<Identifier> listed) {
        for (Identifier q : query) {
            String qv = q.canonicalValue();
            if (qv.length() < ScreeningIndex.MIN_IDENTIFIER_LENGTH) {
                continue;
            }
            for (Identifier l : listed) {
                if (qv.equals(l.canonicalValue())) {
                    return l;
                }
            }
        }
        return null;
    }
}
