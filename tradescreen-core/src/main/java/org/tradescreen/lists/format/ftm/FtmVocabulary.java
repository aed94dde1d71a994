package org.tradescreen.lists.format.ftm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;

/**
 * The FollowTheMoney words tradescreen speaks, in one place for reading FtM files and for the yente-compatible
 * API: which schemata are parties and of what type, which properties hold identifiers and countries, and how our
 * entities are written back as FtM.
 */
public final class FtmVocabulary {

    /** Party schemata as list entries, and their types; {@code PublicBody} is an FtM subtype of Organization. */
    private static final Map<String, EntityType> PARTY_SCHEMAS = Map.of(
            "Person", EntityType.PERSON,
            "Organization", EntityType.ORGANIZATION,
            "Company", EntityType.ORGANIZATION,
            "LegalEntity", EntityType.ORGANIZATION,
            "PublicBody", EntityType.ORGANIZATION,
            "Vessel", EntityType.VESSEL,
            "Airplane", EntityType.AIRCRAFT);

    /** FtM properties that hold an identifier; the property name is kept as the identifier's type. */
    public static final List<String> IDENTIFIER_PROPERTIES = List.of(
            "idNumber", "passportNumber", "socialSecurityNumber", "taxNumber", "vatCode", "registrationNumber",
            "innCode", "ogrnCode", "okpoCode", "kppCode", "bikCode", "leiCode", "dunsCode", "permId",
            "swiftBic", "uniqueEntityId", "npiCode", "cikCode", "imoNumber", "mmsi", "icaoCode", "serialNumber");

    /** Where a party's countries are: nationality and citizenship for people, jurisdiction for firms. */
    public static final List<String> COUNTRY_PROPERTIES = List.of("nationality", "citizenship", "country", "jurisdiction");

    private FtmVocabulary() {
    }

    /** Whether entities of this schema are parties to screen. */
    public static boolean isParty(String schema) {
        return PARTY_SCHEMAS.containsKey(schema);
    }

    /** The type of a list entry of this party schema. */
    public static EntityType entryType(String schema) {
        return PARTY_SCHEMAS.getOrDefault(schema, EntityType.UNKNOWN);
    }

    /**
     * The type a query of this schema asks for: "LegalEntity" (a person or a firm) and the schemata we do not
     * model match any type.
     */
    public static EntityType queryType(String schema) {
        return "LegalEntity".equals(schema) ? EntityType.UNKNOWN : entryType(schema);
    }

    /** The schema an entity of this type is written as; a type the list does not state is a LegalEntity. */
    public static String schema(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            case UNKNOWN -> "LegalEntity";
        };
    }

    /** The FtM property an identifier is written under, from its type as the list names it. */
    public static String identifierProperty(EntityType type, Identifier i) {
        String own = i.type();
        String t = own == null ? "" : own.toLowerCase(Locale.ROOT);
        // List.of(...).contains(null) throws: an identifier of no type (a custom list's) is not one of FtM's.
        if (own != null && IDENTIFIER_PROPERTIES.contains(own)) {
            return own;
        }
        if (t.contains("imo")) {
            return "imoNumber";
        }
        if (t.contains("passport")) {
            return "passportNumber";
        }
        if (t.contains("tax") || t.contains("inn")) {
            return "taxNumber";
        }
        return type == EntityType.PERSON ? "idNumber" : "registrationNumber";
    }
}
