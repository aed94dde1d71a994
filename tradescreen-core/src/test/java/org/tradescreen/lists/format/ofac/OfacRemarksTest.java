package org.tradescreen.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradescreen.model.Entity;
import org.tradescreen.model.Identifier;
import org.tradescreen.model.Name;
import org.tradescreen.model.NameKind;
import org.tradescreen.model.PartialDate;

/** The Remarks items, one spelling a line, each taken from a real OFAC list. */
class OfacRemarksTest {

    private static Entity read(String remarks) {
        return read(remarks, false);
    }

    private static Entity read(String remarks, boolean lastItemCut) {
        Entity.Builder b = Entity.builder("test", "1").name(Name.primary("PRIMARY"));
        OfacRemarks.read(remarks, lastItemCut, b);
        return b.build();
    }

    private static PartialDate date(String iso) {
        return PartialDate.parse(iso);
    }

    @Test
    void wholeText_isAlwaysTheFirstRemark() {
        String text = "Organization Established Date 1998; Target Type Government Entity.";
        assertThat(read(text).remarks()).containsExactly(text);
    }

    @Test
    void empty_givesNothing() {
        Entity e = read("");
        assertThat(e.remarks()).isEmpty();
        assertThat(e.names()).hasSize(1);
        assertThat(e.identifiers()).isEmpty();
    }

    @Test
    void dob_fullPartialAndAlt() {
        assertThat(read("DOB 12 Jan 1970").birthDates()).containsExactly(date("1970-01-12"));
        assertThat(read("DOB 1962.").birthDates()).containsExactly(date("1962"));
        assertThat(read("DOB Aug 1959").birthDates()).containsExactly(date("1959-08"));
        assertThat(read("DOB 13 May 1965; alt. DOB 13 Apr 1968; alt. DOB 07 Jul 1964").birthDates())
                .containsExactly(date("1965-05-13"), date("1968-04-13"), date("1964-07-07"));
    }

    @Test
    void dob_circaAndRanges_keepEveryDateAndTheItem() {
        Entity circa = read("DOB circa 1960");
        assertThat(circa.birthDates()).containsExactly(date("1960"));
        assertThat(circa.remarks()).contains("DOB circa 1960");

        Entity range = read("DOB 1960 to 1962; POB Peru");
        assertThat(range.birthDates()).containsExactly(date("1960"), date("1962"));
        assertThat(range.remarks()).contains("DOB 1960 to 1962");

        assertThat(read("DOB 01 Jan 1960 to 31 Dec 1962").birthDates())
                .containsExactly(date("1960-01-01"), date("1962-12-31"));
        assertThat(read("DOB circa 1958-1960").birthDates()).containsExactly(date("1958"), date("1960"));
        assertThat(read("DOB circa 12 Jan 1970").birthDates()).containsExactly(date("1970-01-12"));
    }

    @Test
    void dob_notADate_staysARemark() {
        Entity e = read("DOB unknown; Gender Male");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.remarks()).contains("DOB unknown");
    }

    @Test
    void birthPlace_nationality_gender() {
        Entity e = read("POB Toledo District, Belize; alt. POB: Keren Eritrea; nationality Russia; "
                + "citizen Korea, North; Gender Female.");
        assertThat(e.birthPlaces()).containsExactly("Toledo District, Belize", "Keren Eritrea");
        assertThat(e.nationalities()).containsExactly("RU", "KP");
        assertThat(e.gender()).isEqualTo("Female");
    }

    @Test
    void nationality_unknownWording_keptAsText_andSemicolonWithoutSpaceSplits() {
        Entity e = read("DOB 1963; nationality possibly Palestinian;arrested 23 Apr 2002.");
        assertThat(e.nationalities()).containsExactly("possibly Palestinian");
        assertThat(e.birthDates()).containsExactly(date("1963"));
    }

    @Test
    void identifiers_valueCountryAndNote() {
        assertThat(read("Passport P0017003 (Belize)").identifiers())
                .containsExactly(new Identifier("Passport", "P0017003", "BZ", null));
        assertThat(read("Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001").identifiers())
                .containsExactly(new Identifier("Passport", "L 191609", null, "issued 28 Feb 1996 expires 27 Feb 2001"));
        assertThat(read("alt. Business Registration Number M99000000961 (Florida) (United States).").identifiers())
                .containsExactly(new Identifier("Business Registration Number", "M99000000961", "US", "Florida"));
        assertThat(read("NIT # 800018928-0 (Colombia)").identifiers())
                .containsExactly(new Identifier("NIT", "800018928-0", "CO", null));
        assertThat(read("National ID No. D489833(9) (Hong Kong)").identifiers())
                .containsExactly(new Identifier("National ID No.", "D489833(9)", "HK", null));
        assertThat(read("C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968").identifiers())
                .containsExactly(new Identifier("C.U.R.P.", "AIMM67125HCHRRG06", "MX", "issued 1968"));
    }

    @Test
    void identifiers_longestLabelWins() {
        assertThat(read("Identification Number IMO 9339301; Identification Number 2.194.575 (Paraguay)").identifiers())
                .containsExactly(new Identifier("IMO", "9339301", null, null),
                        new Identifier("Identification Number", "2.194.575", "PY", null));
        assertThat(read("Vessel Registration Identification IMO 9486910; MMSI 518998343").identifiers())
                .containsExactly(new Identifier("IMO", "9486910", null, null),
                        new Identifier("MMSI", "518998343", null, null));
        assertThat(read("International Maritime Organization No. (5777731)").identifiers())
                .containsExactly(new Identifier("IMO", "5777731", null, null));
        assertThat(read("Company Number IMO 5055293").identifiers())
                .containsExactly(new Identifier("IMO Company Number", "5055293", null, null));
    }

    @Test
    void identifiers_swiftWalletsAndAircraft() {
        assertThat(read("SWIFT/BIC HAVIGB2L; Digital Currency Address - XBT 12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz; "
                + "Aircraft Manufacturer's Serial Number (MSN) 1023409321").identifiers())
                .containsExactly(new Identifier("SWIFT/BIC", "HAVIGB2L", null, null),
                        new Identifier("Digital Currency Address - XBT", "12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz", null, null),
                        new Identifier("MSN", "1023409321", null, null));
    }

    @Test
    void identifiers_proseAfterALabel_isNotAnIdentifier() {
        assertThat(read("Passport issued in Sarajevo, Bosnia-Herzegovina; Passport Office head").identifiers()).isEmpty();
    }

    @Test
    void quotedNames_areWeak_andKeepApostrophes() {
        Entity e = read("a.k.a. 'HESA'; a.k.a. 'ABU 'UMAR'; f.k.a. 'ANA I'; n.k.a. 'NEW NAME'.");
        assertThat(e.names()).containsExactly(Name.primary("PRIMARY"),
                Name.alias("HESA", true), Name.alias("ABU 'UMAR", true),
                Name.of("ANA I", NameKind.FORMER, true), Name.alias("NEW NAME", true));
    }

    @Test
    void linkedTo_isARemark() {
        Entity e = read("Linked To: MINISTRY OF DEFENSE; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS.");
        assertThat(e.remarks()).containsExactly(
                "Linked To: MINISTRY OF DEFENSE; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS.",
                "Linked To: MINISTRY OF DEFENSE", "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS");
    }

    @Test
    void cutText_leavesItsLastItemUnread() {
        Entity e = read("DOB 1962; a.k.a. 'HESA'; a.k.a. 'ABU 'U", true);
        assertThat(e.birthDates()).containsExactly(date("1962"));
        assertThat(e.names()).extracting(Name::value).containsExactly("PRIMARY", "HESA");
    }
}
