package org.neiqin.kit.rest;

import org.neiqin.api.error.ValidationException;

/** The checks every crm resource makes on a request before the service sees it. */
public final class Requests {
    private Requests() {
    }

    public static <T> T body(T b) {
        if (b == null) {
            throw new ValidationException("body", "required", "the request needs a JSON body");
        }
        return b;
    }

    /** The version the client loaded is required, so that a change made meanwhile is never overwritten. */
    public static int version(Integer v) {
        if (v == null) {
            throw new ValidationException("version", "required", "send the version you loaded, so that a change made "
                    + "meanwhile by someone else is not overwritten");
        }
        return v;
    }
}
