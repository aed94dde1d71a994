/**
 * What the tests need from outside the repository, and how a test says so: {@link org.tradescreen.testkit.NeedsSharedData},
 * {@link org.tradescreen.testkit.NeedsEvaluationSets}, {@link org.tradescreen.testkit.NeedsPostgres} and
 * {@link org.tradescreen.testkit.NeedsBrowser} are JUnit tags ({@code shared-data}, {@code evaluation}, {@code postgres},
 * {@code browser}) that skip with the reason where the thing is missing. {@code mvn test
 * -DexcludedGroups=shared-data,evaluation,postgres,browser} is the quick loop from a plain clone.
 */
@NullMarked
package org.tradescreen.testkit;

import org.jspecify.annotations.NullMarked;
