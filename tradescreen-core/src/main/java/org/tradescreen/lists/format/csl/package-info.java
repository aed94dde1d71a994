/**
 * The US Consolidated Screening List (trade.gov) as CSV, in the 28-column layout and the newer one with a
 * leading {@code _id}, and as JSON (download or search-API response). One record mapper serves both;
 * the sub-list ("Entity List (EL)") becomes the listing list code, Federal Register notices the citation.
 */
@NullMarked
package org.tradescreen.lists.format.csl;

import org.jspecify.annotations.NullMarked;
