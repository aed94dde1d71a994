package org.tradescreen.review;

import java.util.Locale;

/**
 * Why a disposition was proposed, from a fixed list, so that decisions can be counted and sampled. The
 * false-positive reasons follow OFAC's guidance on resolving name matches (a weak alias alone, a different birth
 * date, nationality or identifier); the rest say why a hit is a match or cannot be decided.
 */
public enum ReasonCode {
    WEAK_ALIAS_ONLY(Disposition.FALSE_POSITIVE),
    DIFFERENT_BIRTH_DATE(Disposition.FALSE_POSITIVE),
    DIFFERENT_NATIONALITY(Disposition.FALSE_POSITIVE),
    DIFFERENT_IDENTIFIER(Disposition.FALSE_POSITIVE),
    DIFFERENT_ENTITY_TYPE(Disposition.FALSE_POSITIVE),
    DIFFERENT_ADDRESS(Disposition.FALSE_POSITIVE),
    NAME_ONLY_COMMON(Disposition.FALSE_POSITIVE),
    SAME_IDENTIFIER(Disposition.MATCH),
    SAME_NAME_AND_BIRTH_DATE(Disposition.MATCH),
    SAME_NAME_AND_ADDRESS(Disposition.MATCH),
    CONFIRMED_BY_COUNTERPARTY(Disposition.MATCH),
    INSUFFICIENT_INFORMATION(Disposition.INCONCLUSIVE),
    AWAITING_COUNTERPARTY(Disposition.INCONCLUSIVE),
    ENTRY_DELISTED(Disposition.NOT_LISTED),
    MATCHING_NAME_REMOVED(Disposition.NOT_LISTED);

    private final Disposition disposition;

    ReasonCode(Disposition disposition) {
        this.disposition = disposition;
    }

    /** The disposition this reason supports; a reason for another disposition is refused. */
    public Disposition disposition() {
        return disposition;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReasonCode of(String text) {
        for (ReasonCode r : values()) {
            if (r.code().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reason_code: unknown '" + text + "'");
    }
}
