/**
 * The name analysis chain, a sequence of small named steps in the manner of a Lucene analyzer:
 * {@link org.tradescreen.match.normalize.NameAnalyzer#standard()} lists them. Each step does one job, is
 * idempotent, never returns null and maps "" to ""; word tables (legal forms, stopwords, number words)
 * are data files beside the classes.
 */
@NullMarked
package org.tradescreen.match.normalize;

import org.jspecify.annotations.NullMarked;
