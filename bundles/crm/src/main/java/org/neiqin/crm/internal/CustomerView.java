package org.neiqin.crm.internal;

import java.time.Instant;
import java.util.List;

import org.neiqin.api.crm.Grade;

/**
 * A customer card as shown and sent: identity, version for optimistic locking, derived grade and
 * the entered data.
 */
public record CustomerView(long id, String code, int version, boolean archived, Grade grade, String currency,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, CustomerData data,
        List<Contact> contacts) {

    /** A stored contact person. */
    public record Contact(long id, ContactData data) {
    }
}
