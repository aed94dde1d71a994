/**
 * The server: {@link org.tradescreen.server.TradescreenServer} wires the HTTP API ({@code api}), the
 * drop-in compatible APIs ({@code compat.csl}, {@code compat.yente}), the web pages ({@code web}) and the
 * live lists with their refresh ({@code lists}) onto one Javalin app.
 */
@NullMarked
package org.tradescreen.server;

import org.jspecify.annotations.NullMarked;
