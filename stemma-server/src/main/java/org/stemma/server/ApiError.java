package org.stemma.server;

/**
 * The JSON body of every 4xx/5xx API response.
 *
 * @param status  the HTTP status
 * @param error   short code: bad_request, malformed_json, missing_field, payload_too_large,
 *                not_found, read_only, internal
 * @param message what was wrong, naming the record, field or id
 */
public record ApiError(int status, String error, String message) {
}
