package org.stemma.server;

import io.javalin.http.Context;

/** Query parameters read strictly: a bad one is a 400 naming it, never a default in disguise. */
final class Params {
    private Params() {
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("query parameter '" + name + "' must be an integer in [" + min + ", " + max
                + "], found '" + (v.length() > 20 ? v.substring(0, 20) + "…" : v) + "'");
    }
}
