package org.tradescreen.server.web;

import org.tradescreen.match.Hit;
import org.tradescreen.model.Listing;

/** A hit as the pages show it: the hit, the link to its entity page and its explanation in words. */
public record HitView(Hit hit, String link, Explanations.Readable explanation) {

    static HitView of(Hit hit) {
        return new HitView(hit, Links.entity(hit.entityId()), Explanations.of(hit.explanation()));
    }

    /** The list's full name where the list gives it ("Entity List (EL) - Bureau of Industry and Security"). */
    public String listName() {
        Listing l = hit.entity() == null ? null : hit.entity().listing();
        if (l != null && l.listName() != null) {
            return l.listName();
        }
        return hit.list() != null ? hit.list() : hit.source();
    }
}
