package org.tradescreen.match.normalize;

/**
 * What a token of a normalized name is, which decides how much it counts: a name part counts fully, a
 * legal form ("ltd", "gmbh") or a stopword ("of", "al", "mr") is kept but weighs little, so that
 * "Siemens AG" still meets "Siemens" while "Siemens AG" and "Siemens GmbH" are not told apart by it.
 */
public enum TokenKind {
    NAME, LEGAL_FORM, STOPWORD, NUMBER
}
