// Starts Swagger UI on this server's OpenAPI document; a file of its own, since the pages allow no inline script.
SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});
