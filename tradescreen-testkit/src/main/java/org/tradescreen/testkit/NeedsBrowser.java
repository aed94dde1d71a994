package org.tradescreen.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test drives the web pages in headless Chromium: tagged {@code browser}, and skipped with the reason when that is missing (failed when
 * {@code TRADESCREEN_TESTS=all}). See {@link Requirement#BROWSER}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(RequirementCheck.class)
public @interface NeedsBrowser {
}
