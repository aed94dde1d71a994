package org.tradescreen.match.index;

/**
 * The tables of an index file, in the order they are written. A text table is a pair: the UTF-8 bytes, then where
 * each text starts ({@code long}, one more than there are texts). A lookup is a triple (see {@link Lookup}).
 * The lists the entities are listed in ({@link ListedIn}) are three texts each: source, list code, list name, the
 * empty text for an absent one.
 */
enum Table {
    TERM_TEXT, TERM_AT,
    TERM_KEYS, TERM_SPANS, TERM_IDS,
    RARITY,
    POSTING_AT, POSTINGS,
    DELETION_KEYS, DELETION_SPANS, DELETION_TERMS,
    TRIGRAM_KEYS, TRIGRAM_SPANS, TRIGRAM_TERMS,
    SOUND_KEYS, SOUND_SPANS, SOUND_TERMS,
    ACRONYM_KEYS, ACRONYM_SPANS, ACRONYM_NAMES,
    IDENTIFIER_KEYS, IDENTIFIER_SPANS, IDENTIFIER_NAMES,
    NAME_ENTITY, NAME_WEAK, NAME_SCRIPT,
    NAME_TOKEN_AT, NAME_TOKENS, NAME_KINDS,
    NAME_TEXT, NAME_TEXT_AT,
    ENTITY_TEXT, ENTITY_AT,
    ENTITY_SOURCE, ENTITY_TYPE,
    SOURCE_TEXT, SOURCE_AT,
    LISTED_IN_TEXT, LISTED_IN_AT
}
