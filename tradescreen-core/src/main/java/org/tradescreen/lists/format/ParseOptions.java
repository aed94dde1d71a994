package org.tradescreen.lists.format;

/**
 * How to parse: under which source id to file the entities, and whether a damaged record is skipped and
 * reported ({@code lenient}) or fails the whole load (the default).
 */
public record ParseOptions(String source, boolean lenient) {
}
