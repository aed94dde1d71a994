/**
 * The native HTTP API under {@code /api/v1} and the endpoints beside it: screening, consignments, alerts, cases,
 * counterparties, users and the audit log, admin and system endpoints, with the reading of parameters and bodies
 * ({@link org.tradescreen.server.api.Params}, {@link org.tradescreen.server.api.Json}), API keys and the one place
 * failures become answers ({@link org.tradescreen.server.api.ApiErrors}).
 */
@NullMarked
package org.tradescreen.server.api;

import org.jspecify.annotations.NullMarked;
