/**
 * The OpenAPI description of the API, made from the routes themselves: {@link org.tradescreen.server.openapi.ApiRoutes}
 * registers each endpoint and describes it, {@link org.tradescreen.server.openapi.OpenApiDocument} writes the document.
 */
@NullMarked
package org.tradescreen.server.openapi;

import org.jspecify.annotations.NullMarked;
