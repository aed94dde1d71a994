/**
 * What stands between the network and the application, for every request alike: {@link
 * org.tradescreen.server.http.Admission} (slow bodies read without a thread, a cap on concurrent requests with
 * health checks always let through), {@link org.tradescreen.server.http.EdgeErrors} (Jetty's own refusals as
 * one-line messages), {@link org.tradescreen.server.http.OriginCheck} (another site's browser request refused
 * before it runs), {@link org.tradescreen.server.http.SecurityHeaders}, and {@link
 * org.tradescreen.server.http.WorkLimits} (a CPU budget per request, and work stopped when the client hangs up,
 * seen by {@link org.tradescreen.server.http.ClientWatch}).
 */
@NullMarked
package org.tradescreen.server.http;

import org.jspecify.annotations.NullMarked;
