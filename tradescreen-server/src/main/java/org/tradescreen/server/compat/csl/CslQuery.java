package org.tradescreen.server.compat.csl;

import java.time.LocalDate;
import java.util.Set;
import org.tradescreen.model.EntityType;

/**
 * A search as the Consolidated Screening List API takes it. Sets are empty when the client sent nothing;
 * {@code sources} holds upper-case sub-list abbreviations (SDN, EL…) or our own source ids;
 * {@code countries} ISO codes in upper case. {@code asOf} is our extension: the lists as they stood that day.
 */
record CslQuery(String name, boolean fuzzy, Set<String> sources, Set<EntityType> types, Set<String> countries,
                String address, int size, int offset, LocalDate asOf) {
}
