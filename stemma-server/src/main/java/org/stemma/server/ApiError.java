package org.stemma.server;

/**
 * The JSON body of every 4xx/5xx API response.
 *
 * @param status  the HTTP status
 * @param error   short code: bad_request, malformed_json, missing_field, payload_too_large,
 *                not_found, method_not_allowed, read_only, forbidden (Host or Origin),
 *                unauthorized (write token), unsupported_media_type, query_too_long,
 *                response_too_large, uri_too_long, headers_too_large, request_timeout,
 *                unavailable, internal (the OpenAPI description lists the same)
 * @param message what was wrong, naming the record, field or id
 */
public record ApiError(int status, String error, String message) {
}
