package org.tradescreen.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of one list, in one snapshot: a person, organization, vessel or aircraft with its names,
 * addresses, identifiers and listing. Its id is {@code <source>:<sourceId>}, for example
 * {@code us-ofac-sdn:36}. Entities are plain values: two snapshots that carry equal entities say the
 * same thing about that party, which is what history diffing relies on.
 */
@JsonPropertyOrder({"id"})
@JsonIgnoreProperties(value = {"id", "listed_on"}, allowGetters = true)
public record Entity(
        String source,
        String sourceId,
        EntityType type,
        List<Name> names,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<PartialDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> programs,
        Listing listing,
        @Nullable String title,
        @Nullable String gender,
        @Nullable Vessel vessel,
        List<String> remarks,
        @Nullable String sourceUrl) {

    public Entity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        if (sourceId.isBlank()) {
            throw new IllegalArgumentException("entity of " + source + " has a blank source id");
        }
        Objects.requireNonNull(type, "type");
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("entity " + source + ":" + sourceId + " has no name");
        }
        names = List.copyOf(names);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        birthPlaces = birthPlaces == null ? List.of() : List.copyOf(birthPlaces);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        programs = programs == null ? List.of() : List.copyOf(programs);
        listing = listing == null ? Listing.NONE : listing;
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    @JsonProperty("id")
    public String id() {
        return source + ":" + sourceId;
    }

    /** The first primary name, else the first name. */
    public String primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.get(0)).value();
    }

    /** The listing date the list itself states, if any. */
    @JsonProperty("listed_on")
    public @Nullable LocalDate listedOn() {
        return listing.listedOn();
    }

    public static Builder builder(String source, String sourceId) {
        return new Builder(source, sourceId);
    }

    /** Collects the parts of an entity while a parser walks a record. */
    public static final class Builder {
        private final String source;
        private final String sourceId;
        private EntityType type = EntityType.UNKNOWN;
        private final java.util.ArrayList<Name> names = new java.util.ArrayList<>();
        private final java.util.ArrayList<Address> addresses = new java.util.ArrayList<>();
        private final java.util.ArrayList<Identifier> identifiers = new java.util.ArrayList<>();
        private final java.util.ArrayList<PartialDate> birthDates = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> birthPlaces = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> nationalities = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> programs = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> remarks = new java.util.ArrayList<>();
        private Listing listing = Listing.NONE;
        private @Nullable String title;
        private @Nullable String gender;
        private @Nullable Vessel vessel;
        private @Nullable String sourceUrl;

        private Builder(String source, String sourceId) {
            this.source = source;
            this.sourceId = sourceId;
        }

        public Builder type(EntityType t) { this.type = t; return this; }
        public Builder name(Name n) { if (!names.contains(n)) { names.add(n); } return this; }
        public Builder address(Address a) { if (!addresses.contains(a)) { addresses.add(a); } return this; }
        public Builder identifier(Identifier i) { if (!identifiers.contains(i)) { identifiers.add(i); } return this; }
        public Builder birthDate(PartialDate d) { if (!birthDates.contains(d)) { birthDates.add(d); } return this; }
        public Builder birthPlace(@Nullable String p) { addText(birthPlaces, p); return this; }
        public Builder nationality(String n) { addText(nationalities, n); return this; }
        public Builder program(@Nullable String p) { addText(programs, p); return this; }
        public Builder remark(@Nullable String r) { addText(remarks, r); return this; }
        public Builder listing(Listing l) { this.listing = l; return this; }
        public Builder title(@Nullable String t) { this.title = blankToNull(t); return this; }
        public Builder gender(@Nullable String g) { this.gender = blankToNull(g); return this; }
        public Builder vessel(Vessel v) { this.vessel = v; return this; }
        public Builder sourceUrl(@Nullable String u) { this.sourceUrl = blankToNull(u); return this; }

        public boolean hasNames() { return !names.isEmpty(); }

        public Entity build() {
            return new Entity(source, sourceId, type, names, addresses, identifiers, birthDates, birthPlaces,
                    nationalities, programs, listing, title, gender, vessel, remarks, sourceUrl);
        }

        private static void addText(java.util.List<String> list, @Nullable String text) {
            String t = blankToNull(text);
            if (t != null && !list.contains(t)) {
                list.add(t);
            }
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
