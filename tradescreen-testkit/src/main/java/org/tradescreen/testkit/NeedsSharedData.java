package org.tradescreen.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test reads the real list files of the shared data: tagged {@code shared-data}, and skipped with the reason when that is missing (failed when
 * {@code TRADESCREEN_TESTS=all}). See {@link Requirement#SHARED_DATA}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("shared-data")
@ExtendWith(RequirementCheck.class)
public @interface NeedsSharedData {
}
