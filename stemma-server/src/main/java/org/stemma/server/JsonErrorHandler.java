package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own refusals as the API's JSON errors: a request Jetty rejects before any route sees it
 * (bad HTTP: 400, a URL too long: 414, headers too large: 431) or an error raised outside the
 * routes gets {@code {status, error, message}} with a fixed message, never Jetty's HTML page or
 * its reason text; a 5xx is logged with its stack.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);
    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The error code and message the API gives for an HTTP status it did not raise itself. */
    static ApiError errorFor(int status) {
        return switch (status) {
            case 400 -> new ApiError(400, "bad_request", "the request is not valid HTTP or its URL is malformed");
            case 404 -> new ApiError(404, "not_found", "no such endpoint");
            case 405 -> new ApiError(405, "method_not_allowed", "method not allowed on this path");
            case 408 -> new ApiError(408, "request_timeout", "the request took too long to arrive");
            case 413 -> new ApiError(413, "payload_too_large", "the request body is too large");
            case 414 -> new ApiError(414, "uri_too_long", "the request's URL is too long");
            case 415 -> new ApiError(415, "unsupported_media_type", "unsupported request content type");
            case 431 -> new ApiError(431, "headers_too_large", "the request's headers are too large");
            case 503 -> new ApiError(503, "unavailable", "the server is busy or stopping; try again");
            default -> status >= 500 ? new ApiError(status, "internal", "internal error; the server log has the details")
                    : new ApiError(status, "bad_request", "the request was refused");
        };
    }

    private byte[] body(int status) {
        try {
            return mapper.writeValueAsBytes(errorFor(status));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + ",\"error\":\"internal\",\"message\":\"internal error\"}").getBytes();
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus();
        if (status >= 500) {
            Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.error("{} {} failed with status {}", request.getMethod(), request.getRequestURI(), status,
                    cause instanceof Throwable t ? t : null);
        }
        if (response.isCommitted()) {
            return;
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", StemmaServer.CSP);
        response.getOutputStream().write(body(status));
    }
}
