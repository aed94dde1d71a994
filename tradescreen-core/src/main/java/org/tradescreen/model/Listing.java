package org.tradescreen.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the list says about why and how a party is restricted: the (sub-)list it is on, such as "SDN"
 * or "EL" (Entity List), when the list says it was listed and until when, the legal citation
 * (e.g. "85 FR 34495"), and for the Entity List the licence requirement and licence review policy.
 * Any field may be null when the list does not state it.
 */
public record Listing(@Nullable String list, @Nullable String listName, @Nullable LocalDate listedOn, @Nullable LocalDate endDate, @Nullable String citation,
                      @Nullable String licenseRequirement, @Nullable String licensePolicy) {

    public static final Listing NONE = new Listing(null, null, null, null, null, null, null);
}
