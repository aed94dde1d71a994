package org.tradescreen.match;

import java.util.List;
import org.tradescreen.match.score.NameMatch;

/**
 * Why a hit scored what it did: the algorithm and list versions it was computed with, the name
 * comparison (aligned tokens and leftovers) and each corroborating feature.
 */
public record Explanation(String algorithm, double nameScore, NameMatch name, List<Feature> features) {
}
