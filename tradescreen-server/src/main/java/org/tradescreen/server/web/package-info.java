/**
 * The analyst's pages, rendered on the server with JTE templates ({@code src/main/jte}) and enhanced by htmx.
 * Every page works without JavaScript: forms are plain GET or POST forms, and htmx only swaps a results
 * fragment in place when it is there. {@link org.tradescreen.server.web.WebPages} registers the routes; one
 * class per page ({@code SearchPage}, {@code EntityPage}, {@code ListsPage}, {@code BatchPage},
 * {@code GoodsPage}) reads the request, calls the same core code as the API and hands a view record to
 * {@link org.tradescreen.server.web.Templates}. A page answers bad input itself, with the form, the message
 * and a 4xx status, because the API's error handler would answer JSON.
 */
@NullMarked
package org.tradescreen.server.web;

import org.jspecify.annotations.NullMarked;
