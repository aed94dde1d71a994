package org.tradescreen.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradescreen.match.ListsAsOf;
import org.tradescreen.server.lists.LiveLists;

/** The one mapping of failures to HTTP answers, which the API and the pages both use. */
class ApiErrorsTest {

    @Test
    void aServerBusyCompilingListsIs503WithRetryAfterNot500() {
        ApiErrors.Failure f = ApiErrors.classify(new ListsAsOf.BusyException("the lists of 4 other dates are being compiled"));

        assertThat(f.status()).isEqualTo(503);
        assertThat(f.retryAfter()).isEqualTo("5");
        assertThat(f.internal()).isFalse();
        assertThat(f.message()).contains("being compiled");
    }

    @Test
    void clientMistakesAre4xxWithTheirMessage() {
        assertThat(ApiErrors.classify(new BadRequest("as_of: not a date")).status()).isEqualTo(400);
        assertThat(ApiErrors.classify(new IllegalArgumentException("threshold must be between 0 and 1")).message())
                .isEqualTo("threshold must be between 0 and 1");
        assertThat(ApiErrors.classify(new LiveLists.NotReadyException("loading")).status()).isEqualTo(503);
    }

    @Test
    void anythingElseIsOursA500WithoutDetail() {
        ApiErrors.Failure f = ApiErrors.classify(new IllegalStateException("index corrupt at 0x1f"));

        assertThat(f.status()).isEqualTo(500);
        assertThat(f.internal()).isTrue();
        assertThat(f.message()).doesNotContain("0x1f");
    }

    @Test
    void aLostDatabaseIs503WhateverWrapsIt_butAQueryTheDatabaseRefusedIsNot() {
        // as a pooled connection fails while PostgreSQL is away: Hikari's timeout around the driver's refusal
        java.sql.SQLException refused = new java.sql.SQLTransientConnectionException("tradescreen-store - Connection is"
                + " not available, request timed out after 3000ms", null, new java.sql.SQLException("Connection to"
                + " 127.0.0.1:5432 refused", "08001"));
        for (Exception e : java.util.List.<Exception>of(
                new org.tradescreen.lists.snapshot.StoreException("cannot read the alert queue: x", refused),
                new IllegalArgumentException("wrapped", new java.io.UncheckedIOException(new java.io.IOException(refused))),
                new org.tradescreen.lists.snapshot.StoreException("terminating connection due to administrator command",
                        new java.sql.SQLException("terminating connection", "57P01")))) {
            ApiErrors.Failure f = ApiErrors.classify(e);
            assertThat(f.status()).as(e.toString()).isEqualTo(503);
            assertThat(f.retryAfter()).isNotNull();
            assertThat(f.internal()).isFalse();
            assertThat(f.message()).isEqualTo(ApiErrors.STORE_UNAVAILABLE);
        }
        ApiErrors.Failure refusedQuery = ApiErrors.classify(new org.tradescreen.lists.snapshot.StoreException(
                "cannot append", new java.sql.SQLException("duplicate key", "23505")));
        assertThat(refusedQuery.status()).isEqualTo(500);
    }
}
