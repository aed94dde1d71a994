package org.tradescreen.lists.format.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradescreen.model.EntityType;
import org.tradescreen.model.Identifier;

class FtmVocabularyTest {

    @Test
    void identifierProperty_ofNoType_isTheGenericNumber() {
        // A custom list's identifiers have no type; asking List.of(...).contains(null) used to throw.
        Identifier untyped = new Identifier(null, "12345", null, null);

        assertThat(FtmVocabulary.identifierProperty(EntityType.PERSON, untyped)).isEqualTo("idNumber");
        assertThat(FtmVocabulary.identifierProperty(EntityType.ORGANIZATION, untyped)).isEqualTo("registrationNumber");
    }

    @Test
    void identifierProperty_ofFtmsOwnOrAListsLabel() {
        assertThat(FtmVocabulary.identifierProperty(EntityType.PERSON, new Identifier("taxNumber", "1", null, null)))
                .isEqualTo("taxNumber");
        assertThat(FtmVocabulary.identifierProperty(EntityType.VESSEL, new Identifier("IMO", "9339301", null, null)))
                .isEqualTo("imoNumber");
    }
}
