package org.neiqin.kit.store;

/**
 * An entity users change through forms, under an optimistic lock: a write names the version the
 * user loaded, and {@link Store#load} refuses it when the row has moved on.
 */
public interface Versioned {
    /** @return the {@code @Version} column's value */
    int version();

    /** @return how users know the row in messages: its number or code, else its id */
    String reference();
}
