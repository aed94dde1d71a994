package org.tradescreen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Name;

/**
 * The naive baseline every figure is compared with: brute-force best-pair Jaro-Winkler of the whole
 * lower-cased name against every list name, the way moov Watchman scores. No index, no tokens.
 */
public final class NaiveScreener {

    private final List<String> names = new ArrayList<>();
    private final List<Entity> owners = new ArrayList<>();
    private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();

    public NaiveScreener(List<Entity> entities) {
        for (Entity e : entities) {
            for (Name n : e.names()) {
                names.add(simple(n.value()));
                owners.add(e);
            }
        }
    }

    /** The best-scoring entity and its score. */
    public Result best(String query) {
        String q = simple(query);
        double best = -1;
        Entity top = null;
        for (int i = 0; i < names.size(); i++) {
            double s = jw.apply(q, names.get(i));
            if (s > best) {
                best = s;
                top = owners.get(i);
            }
        }
        return new Result(top, best);
    }

    /** A top entity and score. */
    public record Result(Entity entity, double score) {
    }

    private static String simple(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
