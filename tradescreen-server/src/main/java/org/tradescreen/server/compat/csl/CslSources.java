package org.tradescreen.server.compat.csl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Consolidated Screening List's sub-lists: the abbreviation clients pass in {@code sources=} and the
 * full name the API returns in each result's {@code source} field (as trade.gov's importers write them).
 */
final class CslSources {

    static final Map<String, String> FULL_NAMES = new LinkedHashMap<>();

    static {
        FULL_NAMES.put("DPL", "Denied Persons List (DPL) - Bureau of Industry and Security");
        FULL_NAMES.put("EL", "Entity List (EL) - Bureau of Industry and Security");
        FULL_NAMES.put("UVL", "Unverified List (UVL) - Bureau of Industry and Security");
        FULL_NAMES.put("MEU", "Military End User (MEU) List - Bureau of Industry and Security");
        FULL_NAMES.put("ISN", "Nonproliferation Sanctions (ISN) - State Department");
        FULL_NAMES.put("DTC", "ITAR Debarred (DTC) - State Department");
        FULL_NAMES.put("SDN", "Specially Designated Nationals (SDN) - Treasury Department");
        FULL_NAMES.put("SSI", "Sectoral Sanctions Identifications List (SSI) - Treasury Department");
        FULL_NAMES.put("FSE", "Foreign Sanctions Evaders (FSE) - Treasury Department");
        FULL_NAMES.put("PLC", "Palestinian Legislative Council List (PLC) - Treasury Department");
        FULL_NAMES.put("CAP", "Capta List (CAP) - Treasury Department");
        FULL_NAMES.put("CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department");
        FULL_NAMES.put("MBS", "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department");
    }

    private CslSources() {
    }

    /** The abbreviation of a sub-list's full name; the name itself for lists that are not the CSL's. */
    static String abbreviation(String fullName) {
        return FULL_NAMES.entrySet().stream().filter(e -> e.getValue().equals(fullName)).map(Map.Entry::getKey)
                .findFirst().orElse(fullName);
    }

    /** The full name of a sub-list abbreviation, if it is one of the CSL's. */
    static Optional<String> fullName(@Nullable String abbreviation) {
        return abbreviation == null ? Optional.empty()
                : Optional.ofNullable(FULL_NAMES.get(abbreviation.toUpperCase(Locale.ROOT)));
    }
}
