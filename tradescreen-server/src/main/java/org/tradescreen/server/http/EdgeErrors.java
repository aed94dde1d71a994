package org.tradescreen.server.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the application: a body too slow (408) or too
 * large (413), the server too busy (503), a request that is not HTTP (400). API clients get the API's
 * {@code {"error": …}} document, browsers Jetty's plain page; neither shows a stack trace.
 */
public final class EdgeErrors extends ErrorHandler {

    public EdgeErrors() {
        setDefaultResponseMimeType("application/json");
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (code == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        }
        super.generateResponse(request, response, code, explain(code, message), null, callback);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause)
            throws IOException {
        // "*/*" (curl, most HTTP libraries) is an API client: answer as the API does.
        String type = contentType.equals("*/*") ? "application/json" : contentType;
        return super.generateAcceptableResponse(request, response, callback, type, charsets, code, message, cause);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.append("{\"error\":\"").append(new String(JsonStringEncoder.getInstance().quoteAsString(message)))
                .append("\"}");
    }

    static String explain(int code, String message) {
        return switch (code) {
            case 408 -> "the request body arrived too slowly (at least " + Admission.MIN_BODY_BYTES_PER_SECOND
                    + " bytes a second are needed)";
            case 413 -> "the request body is larger than the server's limit";
            case 503 -> "the server is busy; try again in a few seconds";
            default -> message == null ? "HTTP " + code : message;
        };
    }
}
