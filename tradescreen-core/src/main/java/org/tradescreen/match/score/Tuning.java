package org.tradescreen.match.score;

/**
 * Every tunable constant of the scorer in one place, each with an example of what it decides. They were
 * set by reasoning about the cases, then checked against the development evaluation sets (never fitted
 * to single cases; a hidden half of each set is used to check that they generalise).
 */
public final class Tuning {

    private Tuning() {
    }

    /** Below this a token pair counts as no match at all: "sutrisno"/"sukirno" (0.63) are different names. */
    public static final double MIN_TOKEN_SIMILARITY = 0.70;

    /** A single typo in a token of three or more letters: "uun" / "un", "trudoau" / "trudeau". */
    public static final double ONE_EDIT = 0.80;

    /** Sounding alike counts only for tokens that are also spelt half alike: not "olga" / "oleg". */
    public static final double PHONETIC_MIN_EDIT_RATIO = 0.55;

    /** An initial against a full name: "A Nazarbayev" / "Nursultan Nazarbayev" keeps some credit. */
    public static final double INITIAL_SIMILARITY = 0.75;

    /** A given name and its short form: "Ted" / "Theodore", "Bibi" / "Benjamin". */
    public static final double NICKNAME_SIMILARITY = 0.90;

    /** Same-sounding tokens (Double Metaphone agrees): "qaddafi"/"gaddafi". */
    public static final double PHONETIC_SIMILARITY = 0.88;

    /** A Chinese syllable in Wade-Giles against its pinyin spelling: "hsi" / "xi", "teng" / "deng". */
    public static final double ROMANIZATION_SIMILARITY = 0.92;

    /**
     * Words compared without a Baltic or Slavic ending score what their stems score, up to this: "novakova" /
     * "novak" is near, not equal. A typo-near stem stays typo-near ("smitas" / "smith").
     */
    public static final double INFLECTION_SIMILARITY = 0.95;

    /**
     * The last word of a long name that is the start of the other's word, as a fixed-length field cuts it:
     * "Tactical Missiles Corporation Joint Stock Compa" / "… Company".
     */
    public static final double TRUNCATED_SIMILARITY = 0.85;

    /** Shorter names are not cut by a field: "Ali Hassan" is not "Ali Hassanein" cut short. */
    public static final int TRUNCATED_MIN_NAME_LENGTH = 20;

    /** A cut word keeps at least this many letters: "hass" for "hassan", not "bai" for "baikal". */
    public static final int TRUNCATED_MIN_LETTERS = 4;

    /** Two tokens written as one: "plat ono vich" / "platonovich", "daimler benz" / "daimlerbenz". */
    public static final double JOINED_SIMILARITY = 0.95;

    /** An acronym against the initials of a name: "IFS" / "Institute of Forensic Science". */
    public static final double ACRONYM_SIMILARITY = 0.85;

    /**
     * Penalty per unit of weight for a token left unmatched on both sides, which means the names
     * disagree: "Ali Saddam Hussein AL-RAWI" / "… AL-TIKRITI". Counted for both tokens.
     */
    public static final double CONFLICT_PENALTY = 1.0;

    /**
     * Penalty per unit of weight for a token only one name has, which is extra detail rather than
     * disagreement: "Jamal Sultan al-Tikriti" / "Jamal Mustafa Abdallah Sultan al-Tikriti".
     */
    public static final double EXTRA_PENALTY_PERSON = 0.2;

    /**
     * For organizations an extra word usually names another company ("Banco Santander" / "Banco Santander
     * Chile", "Management Company" / "Westminster Management Company"), so it costs more.
     */
    public static final double EXTRA_PENALTY_ORGANIZATION = 0.6;

    /** When only one name word matched, the other side's extra words cost this much at least. */
    public static final double EXTRA_PENALTY_SINGLE_WORD = 0.5;

    /** When neither side says what kind of party it is. */
    public static final double EXTRA_PENALTY_UNKNOWN = 0.35;

    /**
     * How much a partial token match costs, per unit of missing similarity: little for a typo-near
     * token ("rahad" / "raghad": the same name, mistyped), much for a merely similar one
     * ("hamidullah" / "waliullah", "petromechanical" / "petrochemical": other names).
     */
    public static final double NEAR_PENALTY = 1.0;
    public static final double PARTIAL_PENALTY = 2.5;

    /**
     * Base weights by token kind: a legal form or a stopword counts for little ("Siemens AG" / "Siemens"),
     * a number somewhat more ("Zu Zag Bong 6" / "Zu Zag Bong 5" are likely one fleet's ships).
     */
    public static final double NAME_WEIGHT = 1.0;
    public static final double NUMBER_WEIGHT = 0.4;
    public static final double LEGAL_FORM_WEIGHT = 0.25;
    public static final double STOPWORD_WEIGHT = 0.15;

    /** A list's weak alias ("a.k.a. 'LOCKBITSUPP'", low-quality UN aliases) is trusted less. */
    public static final double WEAK_ALIAS_FACTOR = 0.90;

    /** The default decision threshold of a hit, on the 0..1 score. */
    public static final double DEFAULT_THRESHOLD = 0.75;

    /** Birth dates that disagree by more than a year: a different person, most likely. */
    public static final double DOB_MISMATCH_FACTOR = 0.75;

    /** Birth dates that agree, to the precision both give. */
    public static final double DOB_MATCH_BONUS = 0.05;

    /** Query country not among the entity's nationalities or address countries. */
    public static final double COUNTRY_MISMATCH_FACTOR = 0.92;

    /** Query country among them. */
    public static final double COUNTRY_MATCH_BONUS = 0.02;

    /** Entity type other than the query's (person against organization). */
    public static final double TYPE_MISMATCH_FACTOR = 0.85;
}
