/**
 * Screening consignments and deciding on them: {@link org.tradescreen.consign.screen.ConsignmentScreener} checks the
 * parties against the lists and the goods lines against the catalog, then applies the policy; a
 * {@link org.tradescreen.consign.screen.ConsignmentResult} holds the decision and its reasons.
 * {@link org.tradescreen.consign.screen.ConsignmentBatch} screens whole manifests as a stream, and
 * {@link org.tradescreen.consign.screen.ConsignmentAudit} records the decisions and raises their alerts.
 */
@NullMarked
package org.tradescreen.consign.screen;

import org.jspecify.annotations.NullMarked;
