package org.neiqin.crm.internal;

import org.neiqin.api.error.ConflictException;

/** Optimistic locking as every crm write applies it: the version the client loaded must still be current. */
final class Versions {
    private Versions() {
    }

    static void require(int current, int loaded, String what, Object id) {
        if (current != loaded) {
            throw ConflictException.stale(what, id + " (you loaded version " + loaded + ", it is now at " + current + ")");
        }
    }
}
