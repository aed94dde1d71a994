package org.tradescreen.match.normalize;

/**
 * Turns the list form "SURNAME, Given" into "Given SURNAME", so that adjacent tokens are adjacent as
 * people write them. Only a single comma with a short name on each side is read that way; "ANGLO-
 * CARIBBEAN CO., LTD." keeps its order because what follows the comma is a legal form.
 */
public final class NameOrder implements TextStep {

    public static final String NAME = "nameOrder";
    private final LegalForms legalForms;

    public NameOrder(LegalForms legalForms) {
        this.legalForms = legalForms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
            return text;
        }
        String surname = text.substring(0, comma).strip();
        String given = text.substring(comma + 1).strip();
        if (surname.isEmpty() || given.isEmpty() || words(surname) > 4 || words(given) > 5
                || given.chars().anyMatch(Character::isDigit) || legalForms.isLegalFormText(given)) {
            return text;
        }
        return given + " " + surname;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }
}
