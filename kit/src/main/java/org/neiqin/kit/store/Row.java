package org.neiqin.kit.store;

/** An entity whose id comes from the module's id run ({@link Store#persist}). */
public interface Row {
    /** Sets the id handed out for this row; called once, before it is persisted. */
    void assignId(long id);
}
