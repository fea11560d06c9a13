package org.neiqin.kit.rest;

import java.net.URI;

import javax.ws.rs.core.Response;

import org.neiqin.api.error.ValidationException;

/** The checks every resource makes on a request before the service sees it, and the answers every one gives alike. */
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

    /**
     * The version the client loaded, sent as the query parameter {@code version} where the body is a file (an upload):
     * required, a whole number.
     *
     * @since 0.3
     */
    public static int version(String query) {
        return version(query == null ? null : org.neiqin.kit.query.ListParams.whole("version", query, 0,
                Integer.MAX_VALUE, 0));
    }

    /**
     * A file sent as the request's body: at most one byte more than {@code maxBytes} is read, so that the service
     * refuses a larger file without it being read whole.
     *
     * @return the bytes read; none for no body
     * @since 0.3
     */
    public static byte[] file(java.io.InputStream body, int maxBytes) throws java.io.IOException {
        return body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
    }

    /**
     * The answer to a {@code POST} that made a record: 201 with the record's address in {@code Location}
     * (resolved against the REST root, {@code /neiqin/api/}) and the record as the body.
     *
     * @param path the record's address under the REST root, e.g. {@code logistics/notes/12}
     */
    public static Response created(String path, Object record) {
        return Response.created(URI.create(path)).entity(record).build();
    }
}
