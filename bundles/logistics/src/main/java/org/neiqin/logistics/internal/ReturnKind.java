package org.neiqin.logistics.internal;

/** What comes back: a return (退货), or an exchange (换货) whose replacement ships on a new note. */
public enum ReturnKind {
    RETURN, EXCHANGE
}
